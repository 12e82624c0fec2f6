/**
 * Idempotency (SECURITY.md, "idempotency"): the same comment form posted twice at once and once more
 * later (a client retry after a timeout) makes exactly one comment; signing up ten times makes one
 * pending subscription and one opt-in mail; the same booking request twice makes one booking. The forms
 * are captured once from the browser and replayed over HTTP with the very same fields (idempotency key
 * included), as a double click or a retrying client would send them.
 */
import { expect, test } from "@playwright/test";
import { login, unique } from "../helpers";
import { caughtMails, waitForMail } from "../mail";
import { captureAction, ip, ipBlock, replay, siteClient } from "./http";

const CLIP = "/artikel/sechs-jahre-erfolgreiche-arbeit-fuer-integration";
const FORM = "Kommentieren Sie diesen Artikel …";

test("one comment form posted twice at once and again after a timeout makes one comment", async ({ browser, baseURL, page }) => {
  const first = ipBlock();
  const context = await browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": ip(first + 1) } });
  const reader = await context.newPage();
  const text = `Doppelt gesendet ${unique()}`;
  const email = `doppelt-${unique()}@example.org`;
  await reader.goto(CLIP);
  const form = reader.getByRole("form", { name: FORM });
  await form.getByLabel("Name").fill("Doppelte Leserin");
  await form.getByLabel(/^E-Mail/).fill(email);
  await form.getByLabel("Text", { exact: true }).fill(text);
  const action = await captureAction(reader, () => form.getByRole("button", { name: "Absenden" }).click());
  const client = await siteClient(baseURL!);
  try {
    const from = ip(first + 2);
    const [a, b] = await Promise.all([replay(client, action, email, from)(), replay(client, action, email, from)()]);
    const c = await replay(client, action, email, from)();
    for (const answer of [a, b, c]) expect(answer.status).toBe(200);
  } finally {
    await client.dispose();
    await context.close();
  }
  await login(page, "MODERATOR", "/admin/comments/pending");
  await page.goto(`/admin/comments/pending?q=${encodeURIComponent(text)}`);
  await expect(page.getByRole("button", { name: "Freigeben: Kommentar von Doppelte Leserin" })).toHaveCount(1);
});

test("signing up ten times makes one pending subscription and one opt-in mail", async ({ browser, baseURL, page }) => {
  const first = ipBlock();
  const context = await browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": ip(first + 1) } });
  const reader = await context.newPage();
  const email = `zehnmal-${unique()}@example.org`;
  await reader.goto("/newsletter");
  await reader.getByLabel("E-Mail").fill(email);
  const action = await captureAction(reader, () => reader.getByRole("button", { name: "Newsletter abonnieren" }).click());
  const client = await siteClient(baseURL!);
  try {
    // Five at once, then five one after another.
    await Promise.all(Array.from({ length: 5 }, (_, i) => replay(client, action, email, ip(first + 10 + i))()));
    for (let i = 5; i < 10; i++) expect((await replay(client, action, email, ip(first + 10 + i))()).status).toBe(200);
  } finally {
    await client.dispose();
    await context.close();
  }
  await waitForMail(email, /Newsletter-Abonnement$/);
  await page.waitForTimeout(3_000); // time for a second mail, if there were one
  expect(caughtMails().filter((m) => m.to === email)).toHaveLength(1);
  await login(page, "MODERATOR", "/admin/subscriptions");
  await page.goto(`/admin/subscriptions?q=${encodeURIComponent(email)}`);
  await expect(page.getByTestId("subscription-row")).toHaveCount(1);
  await expect(page.getByTestId("subscription-row")).toContainText("Unbestätigt");
});

test("the same booking request twice at once and once more makes one booking", async ({ browser, baseURL, page }) => {
  const first = ipBlock();
  const context = await browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": ip(first + 1) } });
  const advertiser = await context.newPage();
  const headline = `Einmal ${unique()}`;
  const email = `einmal-${unique()}@example.org`;
  const start = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
  await advertiser.goto("/werben");
  const slot = advertiser.getByLabel("Werbeplatz");
  await slot.selectOption({ label: (await slot.locator("option").allTextContents()).find((o) => /^Seitenleiste unten/.test(o))! });
  await advertiser.getByLabel("Erster Tag").fill(start);
  await advertiser.getByLabel("Letzter Tag").fill(start);
  await advertiser.getByLabel("Überschrift").fill(headline);
  await advertiser.getByLabel("Text", { exact: true }).fill("Eine Anzeige, zweimal geschickt.");
  await advertiser.getByLabel("Zieladresse (https://…)").fill("https://www.example.org/");
  await advertiser.getByLabel("Firma oder Name").fill("Testfirma");
  await advertiser.getByLabel("E-Mail").fill(email);
  const action = await captureAction(advertiser, () => advertiser.getByRole("button", { name: "Anfrage senden" }).click());
  expect(Object.keys(action.fields).some((name) => /idempotencyKey/.test(name)), "the form carries an idempotency key").toBe(true);
  const client = await siteClient(baseURL!);
  try {
    const from = ip(first + 2);
    await Promise.all([replay(client, action, email, from)(), replay(client, action, email, from)()]);
    await replay(client, action, email, from)();
  } finally {
    await client.dispose();
    await context.close();
  }
  await waitForMail(email, /^Ihre Buchungsanfrage/);
  await page.waitForTimeout(2_000);
  expect(caughtMails().filter((m) => m.to === email)).toHaveLength(1);
  await login(page, "AD_MANAGER", "/admin/ads/requests");
  await page.goto("/admin/ads/requests");
  await expect(page.getByRole("link", { name: headline })).toHaveCount(1);
});
