/**
 * Opt-in links (SECURITY.md, "opt-in links"): a confirm or unsubscribe link opened by GET — as mail
 * scanners do — only shows a page with a button and changes nothing; the RFC 8058 one-click POST
 * works without cookies or Origin; a token is bound to its (subscriber, list) and its purpose, so it
 * neither confirms nor ends another subscription; no token ever appears in a Location header, with or
 * without JavaScript.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, unique } from "../helpers";
import { linkIn, waitForMail } from "../mail";
import { ip, ipBlock } from "./http";

const CLIP = "/artikel/sechs-jahre-erfolgreiche-arbeit-fuer-integration";
const CLIP_TITLE = /^Bitte bestätigen Sie Ihr Abonnement: Sechs Jahre/;
const NEWSLETTER_TITLE = /^Bitte bestätigen Sie Ihr Newsletter-Abonnement$/;
const FORM = "Kommentieren Sie diesen Artikel …";

const block = ipBlock();
let clients = 0;

/** A reader's browser of its own address; every Location header it receives is recorded. */
async function reader(browser: Browser, baseURL: string | undefined, javaScriptEnabled = true) {
  clients += 1;
  const context = await browser.newContext({ baseURL, locale: "de-DE", javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": ip(block + 40_000 + clients) } });
  const locations: string[] = [];
  context.on("response", (response) => {
    const location = response.headers()["location"];
    if (location) locations.push(location);
  });
  return { context, page: await context.newPage(), email: `optin-${unique()}@example.org`, locations };
}

async function subscribeToThread(page: Page, email: string) {
  await page.goto(CLIP);
  const form = page.getByRole("form", { name: FORM });
  await form.getByLabel(/^E-Mail/).fill(email);
  await form.getByLabel(/Abonnieren/).check();
  await form.getByRole("button", { name: "Absenden" }).click();
  await expect(page.getByRole("heading", { name: "Fast geschafft" })).toBeVisible();
}

async function subscribeToNewsletter(page: Page, email: string) {
  await page.goto("/newsletter");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByRole("button", { name: "Newsletter abonnieren" }).click();
  await expect(page.getByRole("heading", { name: "Fast geschafft" })).toBeVisible();
}

const tokenOf = (link: string) => decodeURIComponent(new URL(link, "http://localhost").pathname.split("/").pop()!);

async function expectPending(page: Page, confirmPath: string) {
  await page.goto(confirmPath);
  await expect(page.getByRole("heading", { name: "Abonnement bestätigen" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Abonnement bestätigen" })).toBeVisible();
}

function expectNoToken(locations: string[], tokens: string[]) {
  for (const location of locations) for (const token of tokens) expect(decodeURIComponent(location), "a token in a Location header").not.toContain(token);
}

test("opening a confirm link (GET, HEAD, any number of times) only shows the button; the press confirms, and only that subscription", async ({ browser, baseURL }) => {
  const r = await reader(browser, baseURL);
  await subscribeToNewsletter(r.page, r.email);
  await subscribeToThread(r.page, r.email);
  const newsletter = new URL(linkIn(await waitForMail(r.email, NEWSLETTER_TITLE), "/abo/bestaetigen/")).pathname;
  const thread = new URL(linkIn(await waitForMail(r.email, CLIP_TITLE), "/abo/bestaetigen/")).pathname;

  // The mail scanner: plain requests, no cookies, any method that is not a form post.
  for (let i = 0; i < 3; i++) {
    const get = await r.page.request.get(newsletter, { maxRedirects: 0 });
    expect(get.status()).toBe(200);
    expect(get.headers()["location"]).toBeUndefined();
    expect(await get.text()).toContain("Abonnement bestätigen");
    expect((await r.page.request.head(newsletter, { maxRedirects: 0 })).status()).toBeLessThan(400);
  }
  await expectPending(r.page, newsletter);
  await expectPending(r.page, thread);

  // The reader's press confirms the newsletter, not the thread.
  await r.page.goto(newsletter);
  await r.page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(r.page.getByRole("status")).toHaveText("Vielen Dank! Sie erhalten ab jetzt unseren Newsletter.");
  await expectPending(r.page, thread);
  expectNoToken(r.locations, [tokenOf(newsletter), tokenOf(thread)]);
  await r.context.close();
});

test("without JavaScript the button works too, and no redirect carries the token", async ({ browser, baseURL }) => {
  const r = await reader(browser, baseURL, false);
  await subscribeToNewsletter(r.page, r.email);
  const link = linkIn(await waitForMail(r.email, NEWSLETTER_TITLE), "/abo/bestaetigen/");
  await r.page.goto(link);
  await r.page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(r.page.getByRole("status")).toHaveText("Vielen Dank! Sie erhalten ab jetzt unseren Newsletter.");
  expectNoToken(r.locations, [tokenOf(link)]);
  await r.context.close();
});

test("a token is bound to its subscription and its purpose", async ({ browser, baseURL }) => {
  const a = await reader(browser, baseURL);
  const b = await reader(browser, baseURL);
  await subscribeToThread(a.page, a.email);
  await subscribeToThread(b.page, b.email);
  const tokenA = tokenOf(linkIn(await waitForMail(a.email, CLIP_TITLE), "/abo/bestaetigen/"));
  const tokenB = tokenOf(linkIn(await waitForMail(b.email, CLIP_TITLE), "/abo/bestaetigen/"));
  const [payloadA, macA] = tokenA.split(".");
  const [payloadB] = tokenB.split(".");

  // B's subscription with A's signature, in the URL and posted through the button's form.
  const forged = `${payloadB}.${macA}`;
  await a.page.goto(`/abo/bestaetigen/${forged}`);
  await expect(a.page.getByRole("heading", { name: "Link ungültig" })).toBeVisible();
  await a.page.goto(`/abo/bestaetigen/${tokenA}`);
  await a.page.locator('input[name="token"]').evaluate((input, value) => ((input as HTMLInputElement).value = value), forged);
  await a.page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expectPending(b.page, `/abo/bestaetigen/${tokenB}`);
  await expectPending(a.page, `/abo/bestaetigen/${tokenA}`);

  // A confirm token is no unsubscribe token (nor the other way round), by page or by one-click POST.
  await a.page.goto(`/abo/abmelden/${tokenA}`);
  await expect(a.page.getByRole("heading", { name: "Link ungültig" })).toBeVisible();
  const oneClick = await a.page.request.post(`/api/abo/abmelden/${tokenA}`, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(404);
  await expectPending(a.page, `/abo/bestaetigen/${tokenA}`);
  expect(payloadA).not.toBe(payloadB);
  await a.context.close();
  await b.context.close();
});

async function approveLatest(page: Page, text: string) {
  await page.goto(`/admin/comments/pending?q=${encodeURIComponent(text)}`);
  await page.getByRole("button", { name: /^Freigeben: Kommentar von / }).first().click();
  await expect(page.getByTestId("desk-message")).toHaveText("1 Kommentar freigegeben.");
}

test("the RFC 8058 one-click POST unsubscribes without cookies or Origin; opening its URL changes nothing", async ({ browser, baseURL, page, playwright }) => {
  test.setTimeout(90_000);
  const subscriber = await reader(browser, baseURL);
  await subscribeToThread(subscriber.page, subscriber.email);
  await subscriber.page.goto(linkIn(await waitForMail(subscriber.email, CLIP_TITLE), "/abo/bestaetigen/"));
  await subscriber.page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(subscriber.page.getByRole("heading", { name: "Abonnement bestätigt" })).toBeVisible();

  // A comment from someone else, approved: the subscriber is notified, with the List-Unsubscribe headers.
  const author = await reader(browser, baseURL);
  const text = `Optin-Test ${unique()}`;
  await author.page.goto(CLIP);
  const form = author.page.getByRole("form", { name: FORM });
  await form.getByLabel("Name").fill("Dritte Leserin");
  await form.getByLabel(/^E-Mail/).fill(author.email);
  await form.getByLabel("Text", { exact: true }).fill(text);
  await form.getByRole("button", { name: "Absenden" }).click();
  await expect(author.page.getByText("Ihr Kommentar wartet auf Freigabe.")).toBeVisible();
  await login(page, "MODERATOR", "/admin/comments/pending");
  await approveLatest(page, text);
  const notice = await waitForMail(subscriber.email, /^Neuer Kommentar zu „Sechs Jahre/);
  const oneClick = /^<([^>]+)>$/.exec(notice.headers["list-unsubscribe"])![1];
  const manage = linkIn(notice, "/abo/verwalten/");

  // Opening the one-click URL (a scanner, a curious reader): no redirect, no change.
  const mailProvider = await playwright.request.newContext({ baseURL });
  const opened = await mailProvider.get(oneClick, { maxRedirects: 0 });
  expect(opened.status()).toBe(200);
  expect(opened.headers()["location"]).toBeUndefined();
  await subscriber.page.goto(manage);
  await expect(subscriber.page.getByRole("button", { name: /abbestellen|Abbestellen|abmelden/ }).first()).toBeVisible();

  // The provider's POST: no cookie, no Origin, only the token.
  const posted = await mailProvider.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  expect(posted.status()).toBe(200);
  expect(await posted.json()).toEqual({ unsubscribed: true });
  await mailProvider.dispose();
  await subscriber.page.goto(manage);
  await expect(subscriber.page.getByRole("status")).toHaveText("Sie haben keine aktiven Abonnements.");
  expectNoToken(subscriber.locations, [tokenOf(oneClick), tokenOf(manage)]);
  await subscriber.context.close();
  await author.context.close();
});

