/**
 * The reader's side of comments on the seeded article "Die Impfschnecke in BW": post (held for a new
 * commenter), without JavaScript, the flood limit, `<script>` as text, subscribe only, a report.
 * Every test is its own client (its own X-Forwarded-For, which the app takes as the client address) and
 * its own e-mail, because the flood limit counts per address and per e-mail and specs share one server.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { unique } from "./helpers";

const ARTICLE = "/artikel/die-impfschnecke-in-bw";
const FORM = "Kommentieren Sie diesen Artikel …";

let ipCounter = 0;
async function reader(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  ipCounter += 1;
  const ip = `192.0.2.${(Date.now() + ipCounter * 37) % 250}`;
  const context = await browser.newContext({ ...options, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": `${ip}, 10.${ipCounter}.0.1` } });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { context, page, dialogs, email: `leser-${unique()}@example.org` };
}

async function fillForm(page: Page, fields: { name: string; email: string; body: string; subscribe?: boolean }) {
  const form = page.getByRole("form", { name: FORM });
  await form.getByLabel("Name").fill(fields.name);
  await form.getByLabel(/^E-Mail/).fill(fields.email);
  await form.getByLabel("Text", { exact: true }).fill(fields.body);
  if (fields.subscribe) await form.getByLabel(/Abonnieren/).check();
  await form.getByRole("button", { name: "Absenden" }).click();
}

test("a new reader's comment is held and shown to them as waiting for approval", async ({ browser }) => {
  const { context, page, email } = await reader(browser);
  await page.goto(ARTICLE);
  const form = page.getByRole("form", { name: FORM });
  await expect(form.getByText("(wird nicht veröffentlicht)")).toBeVisible();
  await expect(form.getByText("(Nur Abonnieren? Einfach Text freilassen.)")).toBeVisible();
  // The honeypot is neither announced nor reachable.
  await expect(form.getByRole("textbox", { name: "Bitte dieses Feld leer lassen" })).toHaveCount(0);
  await expect(form.locator('input[name="website"]')).toHaveAttribute("tabindex", "-1");
  await fillForm(page, { name: "Erika E2E", email, body: `Wann kommt die nächste Impfrunde? ${unique()}` });
  await expect(page).toHaveURL(/\/artikel\/die-impfschnecke-in-bw\/kommentar\/\d+\/[\w-]+$/);
  await expect(page.getByRole("status")).toHaveText("Ihr Kommentar wartet auf Freigabe.");
  await expect(page.getByText("Wann kommt die nächste Impfrunde?")).toBeVisible();
  // A guessed token shows nothing.
  const wrong = await page.request.get(page.url().replace(/\/[\w-]+$/, "/falsch"));
  expect(wrong.status()).toBe(404);
  await context.close();
});

test("posting works without JavaScript", async ({ browser }) => {
  const { context, page, email } = await reader(browser, { javaScriptEnabled: false });
  await page.goto(ARTICLE);
  await fillForm(page, { name: "Ohne Skript", email, body: `Gepostet ohne JavaScript ${unique()}` });
  await expect(page).toHaveURL(/\/kommentar\/\d+\/[\w-]+$/);
  await expect(page.getByRole("status")).toHaveText("Ihr Kommentar wartet auf Freigabe.");
  // Field errors without JavaScript: the form comes back with the message and the typed values.
  await page.goto(ARTICLE);
  await fillForm(page, { name: "Ohne Skript", email: "kein-at", body: "Text bleibt stehen" });
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}/kommentieren$`));
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse an.")).toBeVisible();
  await expect(page.getByRole("form", { name: FORM }).getByLabel("Text", { exact: true })).toHaveValue("Text bleibt stehen");
  await context.close();
});

test("a quick second post is refused by the flood limit", async ({ browser }) => {
  const { context, page, email } = await reader(browser);
  await page.goto(ARTICLE);
  await fillForm(page, { name: "Schnell", email, body: `Erster Beitrag ${unique()}` });
  await expect(page.getByRole("status")).toHaveText("Ihr Kommentar wartet auf Freigabe.");
  await page.goto(ARTICLE);
  await fillForm(page, { name: "Schnell", email, body: `Zweiter Beitrag ${unique()}` });
  await expect(page.getByRole("form", { name: FORM }).getByRole("alert")).toContainText("Bitte warten Sie einen Moment");
  await expect(page).toHaveURL(new RegExp(`${ARTICLE}$`));
  await context.close();
});

test("<script> in a comment renders as text", async ({ browser }) => {
  const { context, page, email, dialogs } = await reader(browser);
  const body = `<script>alert("xss")</script><img src=x onerror="alert(1)"> https://example.org/ ${unique()}`;
  await page.goto(ARTICLE);
  await fillForm(page, { name: "<b>Mallory</b>", email, body });
  await expect(page.getByRole("status")).toHaveText("Ihr Kommentar wartet auf Freigabe.");
  await expect(page.getByTestId("comment-body")).toHaveText(body);
  await expect(page.getByText("<b>Mallory</b>")).toBeVisible();
  await expect(page.getByTestId("comment-body").locator("a, img, script")).toHaveCount(0);
  expect(dialogs).toEqual([]);
  await context.close();
});

test("subscribe only: empty text with the box ticked", async ({ browser }) => {
  const { context, page, email } = await reader(browser);
  await page.goto(ARTICLE);
  await fillForm(page, { name: "", email, body: "", subscribe: true });
  await expect(page).toHaveURL(/\/kommentar\/abonniert$/);
  await expect(page.getByRole("heading", { name: "Fast geschafft" })).toBeVisible();
  // Empty text without the box: a field error.
  await page.goto(ARTICLE);
  await fillForm(page, { name: "Leer", email, body: "" });
  await expect(page.getByText("Bitte schreiben Sie einen Text – oder kreuzen Sie „Abonnieren“ an.")).toBeVisible();
  await context.close();
});

test("a reader reports a comment with a reason", async ({ browser }) => {
  const { context, page } = await reader(browser);
  await page.goto(ARTICLE);
  await page.getByRole("link", { name: "Kommentar von Karin M. melden" }).click();
  await expect(page.getByRole("heading", { name: "Kommentar melden" })).toBeVisible();
  await page.getByRole("button", { name: "Melden" }).click();
  await expect(page.getByText("Bitte wählen Sie einen Grund.")).toBeVisible();
  await page.getByLabel("Beleidigend").check();
  await page.getByLabel("Anmerkung (freiwillig)").fill("Bitte prüfen.");
  await page.getByRole("button", { name: "Melden" }).click();
  await expect(page.getByRole("heading", { name: "Vielen Dank für Ihre Meldung" })).toBeVisible();
  await context.close();
});

test("Antworten opens the reply form for that comment", async ({ browser }) => {
  const { context, page } = await reader(browser);
  await page.goto(ARTICLE);
  await page.getByRole("link", { name: "Antworten auf den Kommentar von Karin M." }).click();
  await expect(page.getByRole("form", { name: "Antworten Sie auf den Kommentar von Karin M." })).toBeVisible();
  await context.close();
});
