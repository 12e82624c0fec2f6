/**
 * Scheduling with the server's test clock (POST /api/test/clock, only with NEWSDESK_TEST_CLOCK=1): an
 * article planned one minute ahead is invisible to readers before, and visible after, without a real wait.
 * The reader pages are cached; this also proves the cache never shows the article early or hides it late.
 */
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { USERS, login, unique, writeArticle } from "./helpers";

const PIXEL = path.join(import.meta.dirname, "fixtures", "pixel.png");

async function moveClock(request: APIRequestContext, offsetMs: number): Promise<Date> {
  const response = await request.post("/api/test/clock", { data: { offsetMs } });
  expect(response.ok()).toBe(true);
  return new Date(((await response.json()) as { now: string }).now);
}

/** The value a newsroom member types into the datetime-local field: Berlin wall-clock time. */
function berlinLocal(date: Date) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** An editor writes an article with a hero image and submits it to the admin for review. */
async function writeAndSubmit(page: Page, title: string) {
  const id = await writeArticle(page, title, { write: (p) => p.keyboard.type("Der Gemeinderat hat entschieden.") });
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  await page.getByLabel("Titelbild").setInputFiles(PIXEL);
  await expect(page.getByTestId("hero-image-preview")).toBeVisible();
  await page.getByLabel("Bildbeschreibung (Alternativtext)").fill("Der Sitzungssaal im Rathaus");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Gespeichert.", { exact: true })).toBeVisible();
  await page.getByLabel("Prüfende Person").selectOption({ label: USERS.ADMIN.name });
  await page.getByRole("button", { name: "Zur Prüfung" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("In Prüfung");
  return { id, slug, path: `/admin/articles/${id}` };
}

test.afterEach(async ({ request }) => {
  await moveClock(request, 0);
});

test("an editor submits an article with an image; the reviewer schedules it one minute ahead; readers see it from then on, not before", async ({ page, browser, request }) => {
  test.slow();
  const title = `Gemeinderat beschließt Haushalt ${unique()}`;
  await login(page, "EDITOR");
  const { id, slug, path } = await writeAndSubmit(page, title);
  // The staff preview shows it as readers will see it, before it is live.
  await page.goto(`/vorschau/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("img", { name: "Der Sitzungssaal im Rathaus" })).toBeVisible();

  const serverNow = await moveClock(request, 0);
  const reviewer = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await login(reviewer, "ADMIN", path);
  await reviewer.goto(path);
  // Planning in the past is refused with a field error.
  await reviewer.getByLabel("Veröffentlichen am (leer = sofort)").fill(berlinLocal(new Date(serverNow.getTime() - 3_600_000)));
  await reviewer.getByRole("button", { name: "Veröffentlichen/Planen" }).click();
  await expect(reviewer.getByText("Der Zeitpunkt liegt in der Vergangenheit.")).toBeVisible();
  // One minute ahead (the field has minute precision: the next full minute plus one).
  const publishAt = new Date(Math.ceil(serverNow.getTime() / 60_000) * 60_000 + 60_000);
  await reviewer.getByLabel("Veröffentlichen am (leer = sofort)").fill(berlinLocal(publishAt));
  await reviewer.getByRole("button", { name: "Veröffentlichen/Planen" }).click();
  await expect(reviewer.getByTestId("article-status")).toHaveText("Geplant");

  const reader = await (await browser.newContext()).newPage();
  const before = async () => {
    expect((await reader.goto(`/artikel/${slug}`))?.status()).toBe(404);
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  };
  await before();
  // The preview is for staff only: a reader is sent to the login.
  await reader.goto(`/vorschau/${id}`);
  await expect(reader).toHaveURL(/\/login\?callbackUrl=%2Fvorschau%2F/);
  // Asked again while cached: still invisible.
  await before();

  // Ten seconds before the time: still nothing.
  await moveClock(request, publishAt.getTime() - Date.now() - 10_000);
  await before();

  // The publish time has come. Moving the clock revalidates every reader page at once; a page whose
  // regeneration was already running may still be served for up to its 5 s revalidate time, never longer.
  await moveClock(request, publishAt.getTime() - Date.now() + 1_000);
  const visibleWithin = async (path: string, expectation: () => Promise<void>) =>
    expect(async () => {
      await reader.goto(path);
      await expectation();
    }).toPass({ timeout: 12_000, intervals: [0, 1_000] });
  await visibleWithin(`/artikel/${slug}`, async () => {
    await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 1_000 });
  });
  await expect(reader.getByRole("img", { name: "Der Sitzungssaal im Rathaus" })).toBeVisible();
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/media\/[a-f0-9]{64}\.png$/);
  for (const path of ["/", "/ressort/stuttgart"]) {
    await visibleWithin(path, async () => {
      await expect(reader.getByRole("link", { name: title, exact: true })).toBeVisible({ timeout: 1_000 });
    });
  }
  // The feed too, within the same bound: it is regenerated 5 s after a view (app/feed.xml/route.ts),
  // and with two instances the one answering may not have been the one that saw the clock move.
  await expect(async () => expect(await (await reader.request.get("/feed.xml")).text()).toContain(title)).toPass({ timeout: 12_000, intervals: [0, 1_000] });

  await reviewer.context().close();
  await reader.context().close();
});

test("the test clock is not part of the product: bad input is refused", async ({ request }) => {
  expect((await request.post("/api/test/clock", { data: { offsetMs: "morgen" } })).status()).toBe(400);
});
