/**
 * Thread subscriptions over real SMTP (the e2e server's catcher): a reader subscribes without writing,
 * confirms from the mail, is notified when a comment in the thread is approved, and unsubscribes with
 * the mail's one-click link (RFC 8058 POST). Comments approved here are on the CLIP article, like the
 * moderation spec's (e2e/reader.spec.ts counts the Impfschnecke's approved ones).
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, unique } from "./helpers";
import { caughtMails, linkIn, waitForMail } from "./mail";

const CLIP = "/artikel/sechs-jahre-erfolgreiche-arbeit-fuer-integration";
const FORM = "Kommentieren Sie diesen Artikel …";

let clients = 0;
async function reader(browser: Browser, baseURL: string | undefined) {
  clients += 1;
  const ip = `198.19.${(Date.now() + clients * 41) % 250}.${clients}`;
  const context = await browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": ip } });
  return { context, page: await context.newPage(), email: `abo-${unique()}@example.org` };
}

/** "Nur Abonnieren": the address and the box, no text. */
async function subscribeWithoutWriting({ page, email }: { page: Page; email: string }) {
  await page.goto(CLIP);
  const form = page.getByRole("form", { name: FORM });
  await form.getByLabel(/^E-Mail/).fill(email);
  await form.getByLabel(/Abonnieren/).check();
  await form.getByRole("button", { name: "Absenden" }).click();
  await expect(page.getByRole("heading", { name: "Fast geschafft" })).toBeVisible();
}

test("a reader subscribes without writing, confirms from the mail, is notified of an approved comment and unsubscribes in one click", async ({ browser, baseURL, page }) => {
  test.slow(); // three mails through the outbox and a moderation in between: 31 s once on a loaded machine
  const subscriber = await reader(browser, baseURL);
  await subscribeWithoutWriting(subscriber);

  const confirm = await waitForMail(subscriber.email, /^Bitte bestätigen Sie Ihr Abonnement: Sechs Jahre/);
  expect(confirm.text).toContain("Einwilligung (Fassung 2026-11)");
  await subscriber.page.goto(linkIn(confirm, "/abo/bestaetigen/"));
  await expect(subscriber.page.getByRole("heading", { name: "Abonnement bestätigen" })).toBeVisible();
  expect((await new AxeBuilder({ page: subscriber.page }).analyze()).violations).toEqual([]);
  await subscriber.page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(subscriber.page.getByRole("heading", { name: "Abonnement bestätigt" })).toBeVisible();

  // Someone else comments (held: a new commenter); a moderator approves it.
  const text = `Ein Gedanke zur Integration ${unique()}`;
  const author = await reader(browser, baseURL);
  await author.page.goto(CLIP);
  const authorForm = author.page.getByRole("form", { name: FORM });
  await authorForm.getByLabel("Name").fill("Zweite Leserin");
  await authorForm.getByLabel(/^E-Mail/).fill(author.email);
  await authorForm.getByLabel("Text", { exact: true }).fill(text);
  await authorForm.getByRole("button", { name: "Absenden" }).click();
  await expect(author.page.getByText("Ihr Kommentar wartet auf Freigabe.")).toBeVisible();
  expect(caughtMails().filter((m) => m.to === subscriber.email)).toHaveLength(1); // held: nobody is told yet

  await login(page, "MODERATOR", "/admin/comments/pending");
  await page.goto(`/admin/comments/pending?q=${encodeURIComponent(text)}`);
  await page.getByRole("button", { name: "Freigeben: Kommentar von Zweite Leserin" }).click();
  await expect(page.getByTestId("desk-message")).toHaveText("1 Kommentar freigegeben.");

  const notice = await waitForMail(subscriber.email, /^Neuer Kommentar zu „Sechs Jahre/);
  expect(notice.text).toContain(`Zweite Leserin schreibt:\n${text}`);
  expect(caughtMails().filter((m) => m.to === author.email && /^Neuer Kommentar/.test(m.subject))).toHaveLength(0);
  expect(notice.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = /^<([^>]+)>$/.exec(notice.headers["list-unsubscribe"])![1];

  // The manage page switches the thread to the daily digest (and would switch it back).
  await subscriber.page.goto(linkIn(notice, "/abo/verwalten/"));
  await subscriber.page.getByRole("button", { name: /^„Sechs Jahre.*“: einmal täglich zusammenfassen$/ }).click();
  await expect(subscriber.page.getByText("Einmal täglich als Zusammenfassung")).toBeVisible();
  await expect(subscriber.page.getByRole("button", { name: /^„Sechs Jahre.*“: sofort benachrichtigen$/ })).toBeVisible();

  // The mail client's one-click POST (from its own server: no cookies, no Origin).
  const response = await page.request.post(oneClick, { form: { "List-Unsubscribe": "One-Click" }, headers: { cookie: "" } });
  expect(response.status()).toBe(200);
  await subscriber.page.goto(linkIn(notice, "/abo/verwalten/"));
  await expect(subscriber.page.getByRole("heading", { name: "Ihre Abonnements" })).toBeVisible();
  await expect(subscriber.page.getByRole("status")).toHaveText("Sie haben keine aktiven Abonnements.");
  // A forged link changes nothing and says so.
  await subscriber.page.goto(`/abo/bestaetigen/${encodeURIComponent("1-abc.forged")}`);
  await expect(subscriber.page.getByRole("heading", { name: "Link ungültig" })).toBeVisible();
  await subscriber.context.close();
  await author.context.close();
});

test("a moderator finds a subscriber, exports the list and erases them", async ({ browser, baseURL, page }) => {
  const subscriber = await reader(browser, baseURL);
  await subscribeWithoutWriting(subscriber);
  await subscriber.context.close();

  await login(page, "MODERATOR", "/admin/subscriptions");
  await page.goto("/admin/subscriptions");
  const filter = page.getByRole("form", { name: "Filter" });
  await filter.getByLabel("E-Mail beginnt mit").fill(subscriber.email);
  await filter.getByRole("button", { name: "Filtern" }).click();
  const row = page.getByTestId("subscription-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Kommentare zu „Sechs Jahre");
  await expect(row).toContainText("Unbestätigt");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  const csv = await page.request.get(await page.getByRole("link", { name: "Als CSV exportieren" }).getAttribute("href").then((h) => h!));
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(subscriber.email);

  await row.getByRole("link", { name: subscriber.email }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Abonnent ${subscriber.email}` })).toBeVisible();
  await expect(page.getByTestId("subscriber-subscription")).toContainText("Einwilligung 2026-11");
  await page.getByLabel("Zur Bestätigung die E-Mail-Adresse eingeben").fill(subscriber.email);
  await page.getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gelöscht:" })).toHaveText("Gelöscht: 1 Abonnement, 0 Kommentare anonymisiert.");
  await page.goto(`/admin/subscriptions?q=${encodeURIComponent(subscriber.email)}`);
  await expect(page.getByTestId("subscription-row")).toHaveCount(0);
  // The editor has no business here.
  const editor = await browser.newContext({ baseURL, locale: "de-DE" });
  const editorPage = await editor.newPage();
  await login(editorPage, "EDITOR");
  expect((await editorPage.request.get("/admin/subscriptions/export.csv")).status()).toBe(403);
  await editor.close();
});

test("a reader signs up for the newsletter from the sidebar and confirms from the mail", async ({ browser, baseURL }) => {
  const { context, page, email } = await reader(browser, baseURL);
  await page.goto("/");
  await page.getByRole("complementary", { name: "Seitenleiste" }).getByRole("link", { name: "Newsletter abonnieren" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Newsletter" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByLabel("E-Mail").fill(email);
  await page.getByRole("button", { name: "Newsletter abonnieren" }).click();
  await expect(page.getByRole("heading", { name: "Fast geschafft" })).toBeVisible();

  const confirm = await waitForMail(email, /^Bitte bestätigen Sie Ihr Newsletter-Abonnement$/);
  await page.goto(linkIn(confirm, "/abo/bestaetigen/"));
  await expect(page.getByText("Bitte bestätigen Sie, dass Sie unseren Newsletter per E-Mail erhalten möchten.")).toBeVisible();
  await page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(page.getByRole("status")).toHaveText("Vielen Dank! Sie erhalten ab jetzt unseren Newsletter.");
  await context.close();
});
