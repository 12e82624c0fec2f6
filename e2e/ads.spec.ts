/**
 * Ads end to end, with the server's test clock: an advertiser requests a booking on the public page,
 * the ad manager approves it, it runs in the reader sidebar from its first day and not before, a click
 * is counted and redirected to its own target; a conflicting booking is refused, and two ad managers
 * booking the last free place at the same moment get exactly one booking.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { login, unique } from "./helpers";
import { waitForMail } from "./mail";

const SLOT = /^Seitenleiste unten/;
const berlinDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function moveClock(request: APIRequestContext, offsetMs: number): Promise<Date> {
  const response = await request.post("/api/test/clock", { data: { offsetMs } });
  expect(response.ok()).toBe(true);
  return new Date(((await response.json()) as { now: string }).now);
}

async function fillBooking(page: Page, b: { start: string; end: string; headline: string; company: string; email: string }) {
  await page.getByLabel("Werbeplatz").selectOption({ label: (await page.getByLabel("Werbeplatz").locator("option").allTextContents()).find((o) => SLOT.test(o))! });
  await page.getByLabel("Erster Tag").fill(b.start);
  await page.getByLabel("Letzter Tag").fill(b.end);
  await page.getByLabel("Überschrift").fill(b.headline);
  await page.getByLabel("Text", { exact: true }).fill("Lesen Sie Ihre regionale oder überregionale Tageszeitung völlig gratis zur Probe.");
  await page.getByLabel("Zieladresse (https://…)").fill("https://www.stuttgarter-nachrichten.de/probe");
  await page.getByLabel("Firma oder Name").fill(b.company);
  await page.getByLabel("E-Mail").fill(b.email);
}

async function adManager(browser: Browser, baseURL: string | undefined) {
  const page = await (await browser.newContext({ baseURL, locale: "de-DE" })).newPage();
  await login(page, "AD_MANAGER", "/admin/ads");
  return page;
}

test.afterEach(async ({ request }) => {
  await moveClock(request, 0);
});

test("a public request is approved, runs in the sidebar from its first day and not before, and its click is counted and redirected", async ({ browser, baseURL, page, request }) => {
  test.slow();
  const today = berlinDay(await moveClock(request, 0));
  const start = addDays(today, 10);
  const headline = `Probe lesen ${unique()}`;
  const email = `werbung-${unique()}@example.org`;

  const advertiser = await (await browser.newContext({ baseURL, locale: "de-DE" })).newPage();
  await advertiser.goto("/werben");
  await expect(advertiser.getByRole("heading", { name: "Werben Sie ab 5 Euro — Werden Sie unser Werbepartner!" })).toBeVisible();
  expect((await new AxeBuilder({ page: advertiser }).analyze()).violations).toEqual([]);
  await fillBooking(advertiser, { start, end: addDays(start, 2), headline, company: "Abo Stuttgarter Nachrichten", email });
  await expect(advertiser.getByTestId("price-estimate")).toHaveText(/Preis: 15,00\s€ für 3 Tage/);
  await advertiser.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(advertiser.getByRole("heading", { name: "Vielen Dank für Ihre Anfrage" })).toBeVisible();
  await waitForMail(email, /^Ihre Buchungsanfrage/);

  await login(page, "AD_MANAGER", "/admin/ads/requests");
  await page.goto("/admin/ads/requests");
  await page.getByRole("link", { name: headline }).click();
  await page.getByRole("button", { name: "Annehmen" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Gebucht$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Stornieren" })).toBeVisible();
  await waitForMail(email, /^Ihre Anzeige ist gebucht/);
  const bookingPath = new URL(page.url()).pathname;

  // Before its first day: not in the sidebar.
  const reader = await (await browser.newContext({ baseURL, locale: "de-DE" })).newPage();
  await reader.goto("/");
  await expect(reader.getByTestId("house-ad")).toBeVisible();
  await expect(reader.getByTestId("sidebar-ad").filter({ hasText: headline })).toHaveCount(0);

  // Its first day, 10:00 in Stuttgart.
  await moveClock(request, Date.parse(`${start}T09:00:00Z`) - Date.now());
  await reader.goto("/");
  const ad = reader.getByTestId("sidebar-ad").filter({ hasText: headline });
  await expect(ad).toBeVisible();
  const href = (await ad.getAttribute("href"))!;
  const click = await reader.request.get(href, { maxRedirects: 0 });
  expect(click.status()).toBe(302);
  expect(click.headers().location).toBe("https://www.stuttgarter-nachrichten.de/probe");

  // The view (buffered, flushed within seconds) and the click reach the booking's statistics.
  await expect
    .poll(
      async () => {
        await page.goto(bookingPath);
        const row = page.getByRole("row", { name: /Summe/ });
        return (await row.count()) ? (await row.textContent())?.replace(/\s+/g, " ") : "";
      },
      { timeout: 20_000 },
    )
    .toMatch(/Summe\s*1\s*1\s*100/);
});

test("a booking that would exceed the capacity is refused, and of two at the same moment exactly one is made", async ({ browser, baseURL, request }) => {
  test.slow();
  const today = berlinDay(await moveClock(request, 0));
  const day = addDays(today, 40);
  const [a, b] = await Promise.all([adManager(browser, baseURL), adManager(browser, baseURL)]);
  for (const [page, name] of [
    [a, "Erste"],
    [b, "Zweite"],
  ] as const) {
    await page.goto("/admin/ads/new");
    await fillBooking(page, { start: day, end: day, headline: `${name} ${unique()}`, company: `${name} GmbH`, email: `${name.toLowerCase()}@example.org` });
  }
  await Promise.all([a.getByRole("button", { name: "Buchen" }).click(), b.getByRole("button", { name: "Buchen" }).click()]);
  const outcome = async (page: Page) => {
    await expect(page.getByText(/ausgebucht/).first().or(page.getByRole("heading", { name: /^Buchung #\d+/ }))).toBeVisible();
    return (await page.getByRole("heading", { name: /^Buchung #\d+/ }).count()) > 0 ? "booked" : "refused";
  };
  expect([await outcome(a), await outcome(b)].sort()).toEqual(["booked", "refused"]);

  // A later attempt on an overlapping period is refused too, naming the day.
  await a.goto("/admin/ads/new");
  await fillBooking(a, { start: addDays(day, -1), end: addDays(day, 1), headline: `Dritte ${unique()}`, company: "Dritte GmbH", email: "dritte@example.org" });
  await a.getByRole("button", { name: "Buchen" }).click();
  await expect(a.getByText(`Am ${day.split("-").reverse().join(".")} ist dieser Platz ausgebucht.`).first()).toBeVisible();
});

test("an ad manager adds a slot; the slots page passes an axe check", async ({ page }) => {
  await login(page, "AD_MANAGER", "/admin/ads/slots");
  await page.goto("/admin/ads/slots");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const name = `Reserve ${unique()}`;
  const form = page.getByTestId("slot-form-new");
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Preis pro Tag (Euro)").fill("zu teuer");
  await form.getByLabel("Buchbar und in der Seitenleiste").uncheck(); // not in the reader sidebar
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(form.getByText("Bitte einen Betrag wie 5 oder 5,50 angeben.")).toBeVisible();
  await expect(form.getByLabel("Name")).toHaveValue(name); // what was typed survives
  await form.getByLabel("Preis pro Tag (Euro)").fill("12,50");
  await form.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^„${name}“ bearbeiten\\s*\\(nicht buchbar\\)$`) })).toBeVisible();
});

test("an ad manager finds an advertiser and corrects their contact data", async ({ browser, baseURL, request }) => {
  const today = berlinDay(await moveClock(request, 0));
  const page = await adManager(browser, baseURL);
  const company = `Autohaus ${unique()}`;
  await page.goto("/admin/ads/new");
  await fillBooking(page, { start: addDays(today, 60), end: addDays(today, 61), headline: `Probefahrt ${unique()}`, company, email: "verkauf@autohaus.example" });
  await page.getByRole("button", { name: "Buchen" }).click();
  await expect(page.getByRole("heading", { name: /^Buchung #\d+/ })).toBeVisible();

  await page.getByRole("link", { name: company }).click();
  await expect(page.getByRole("heading", { name: company })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const form = page.getByTestId("advertiser-form");
  await form.getByLabel("E-Mail").fill("kein-mail");
  await form.getByLabel("Telefon").fill("0711 2222");
  await form.getByRole("button", { name: "Kontaktdaten speichern" }).click();
  await expect(form.getByLabel("Telefon")).toHaveValue("0711 2222"); // kept after the refusal
  await form.getByLabel("E-Mail").fill("vertrieb@autohaus.example");
  await form.getByRole("button", { name: "Kontaktdaten speichern" }).click();
  await expect(form.getByText("Kontaktdaten gespeichert.")).toBeVisible();

  await page.goto("/admin/ads/advertisers");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByLabel("Name, Ansprechpartner oder E-Mail").fill("VERTRIEB@autohaus");
  await page.getByRole("button", { name: "Suchen" }).click();
  const row = page.getByTestId("advertiser");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(company);
  await expect(row).toContainText("0711 2222");
  await expect(row).toContainText("10,00 €"); // two days at 5 €
});

test("an ad manager downloads a slot's statistics of the last 30 days as CSV", async ({ browser, baseURL }) => {
  const page = await adManager(browser, baseURL);
  await page.goto("/admin/ads/slots");
  await page.getByRole("link", { name: "Statistik des Platzes (30 Tage)" }).first().click();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Statistik als CSV" }).click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  const lines = (await readFile(file, "utf8")).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toBe("Tag,Einblendungen,Klicks,Klickrate");
  expect(lines).toHaveLength(31);
});
