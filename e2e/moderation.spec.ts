/**
 * The moderation desk as moderators live in it: the pending queue passes axe, an editor cannot reach the
 * desk, a held comment is approved with the keyboard alone and shows on the article, reject with a reason,
 * bulk approve then undo, a second moderator's stale decision is refused with who decided it, a report
 * puts a comment in the reported queue, the CSV export and the oldest pending age on the home page.
 *
 * Each flow decides its own seeded comment (prisma/seed-content.ts), so no test depends on another's
 * order or on e2e/roles.spec.ts, which expects "Woher stammen die Zahlen?" still pending. Comments that
 * get approved here are on the CLIP article: e2e/reader.spec.ts counts the Impfschnecke's approved ones.
 * Logins: 9, all successful (the suite shares a per-IP budget of failed ones).
 */
import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { login, unique } from "./helpers";

const STAYS_PENDING = "Woher stammen die Zahlen?";
const CLIP = "/artikel/sechs-jahre-erfolgreiche-arbeit-fuer-integration";
const KEYBOARD = { name: "Sabine H.", text: "Wie geht es mit dem Netzwerk weiter" };
const REJECT = { name: "Wutbürger71", text: "Typisch Lügenpresse" };
const BULK = [
  { name: "Petra Weiß", text: "Ich war bei der Abschlusskonferenz im Rathaus dabei." },
  { name: "Mehmet Y.", text: "Integration passiert vor Ort" },
];
const STALE = { name: "Jonas K.", text: "Gibt es die Ergebnisse der vier Fallstudien auch auf Deutsch?" };
const REPORTED = { name: "Klaus R.", text: "Konferenzen im Rathaus, Absichtserklärungen" };
const TO_REPORT = { name: "Aylin", text: "Schön, dass Stuttgart hier vorangeht." };

const card = (page: Page, text: string) => page.getByTestId("desk-card").filter({ hasText: text });
const pending = (q: string) => `/admin/comments/pending?q=${encodeURIComponent(q)}`;

test("the pending queue passes axe", async ({ page }) => {
  await login(page, "MODERATOR", "/admin/comments/pending");
  await page.goto("/admin/comments/pending");
  await expect(card(page, STAYS_PENDING)).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
});

test("an editor cannot reach the desk, its decisions nor its export", async ({ page, playwright, baseURL }) => {
  await login(page, "EDITOR");
  for (const path of ["/admin/comments", "/admin/comments/pending", "/admin/comments/reported"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.locator("body")).not.toContainText(STAYS_PENDING);
  }
  const csv = await page.request.get("/admin/comments/actions.csv");
  expect(csv.status()).toBe(403);
  expect(csv.headers()["content-disposition"]).toBeUndefined();
  // The desk's decisions route answers in JSON, to an editor and to a caller without a session alike.
  const decision = { command: "bulk", queue: "pending", decision: "approve", all: "1" };
  const refused = await page.request.post("/admin/comments/decisions", { data: decision, headers: { origin: baseURL! } });
  expect([refused.status(), await refused.json()]).toEqual([403, { ok: false, message: "Dafür fehlt Ihnen die Berechtigung." }]);
  const anonymous = await playwright.request.newContext({ baseURL });
  const signedOut = await anonymous.post("/admin/comments/decisions", { data: decision, headers: { origin: baseURL! }, maxRedirects: 0 });
  expect([signedOut.status(), await signedOut.json()]).toEqual([401, { ok: false, message: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an." }]);
  await anonymous.dispose();
});

test("a moderator approves a held comment with the keyboard alone and it appears on the article", async ({ page }) => {
  await login(page, "MODERATOR", "/admin/comments/pending");
  await page.goto("/admin/comments/pending");
  const held = card(page, KEYBOARD.text);
  // The keys work once the desk is interactive, which its enabled buttons show.
  await expect(held.getByRole("button", { name: `Freigeben: Kommentar von ${KEYBOARD.name}` })).toBeEnabled();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Tastaturkürzel" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();
  // j until the held comment has the focus, then a.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("j");
    if (await held.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(held).toBeFocused();
  await page.keyboard.press("a");
  await expect(page.getByTestId("desk-message")).toHaveText("1 Kommentar freigegeben.");
  await expect(held).toHaveCount(0);
  await expect(page.getByTestId("desk-tab-approved")).toBeVisible();

  await page.goto(CLIP);
  await expect(page.getByText(KEYBOARD.text)).toBeVisible();
});

test("a rejection with a reason and a note shows in the rejected queue's history", async ({ page }) => {
  await login(page, "MODERATOR", pending(REJECT.text));
  await page.goto(pending(REJECT.text));
  const held = card(page, REJECT.text);
  // Why it was held: the suspect word, marked in the text.
  await expect(held.getByText("Verdächtiges Wort: Lügenpresse")).toBeVisible();
  await expect(held.locator("mark")).toHaveText("Lügenpresse");
  await held.getByRole("button", { name: `Ablehnen: Kommentar von ${REJECT.name}` }).click();
  await held.getByLabel("Grund").selectOption({ label: "Beleidigend" });
  await held.getByLabel("Notiz (optional)").fill("Pauschale Medienschelte");
  await held.getByRole("button", { name: "Ablehnen bestätigen" }).click();
  await expect(page.getByTestId("desk-message")).toHaveText("1 Kommentar abgelehnt.");
  await expect(held).toHaveCount(0);

  await page.goto(`/admin/comments/rejected?q=${encodeURIComponent(REJECT.text)}`);
  const rejected = card(page, REJECT.text);
  await expect(rejected).toBeVisible();
  // A text search says how far back it reads.
  await expect(page.getByTestId("desk-search-window")).toHaveText("Text und Name werden in den neuesten 10.000 Kommentaren dieser Ansicht gesucht.");
  await rejected.getByText(/^Verlauf/).click();
  await expect(rejected.getByRole("listitem").filter({ hasText: "Mia Moderatorin" })).toContainText("abgelehnt (Wartend → Abgelehnt) · Beleidigend · „Pauschale Medienschelte“");
});

test("bulk approve two comments with multi-select, then undo puts both back in pending", async ({ page }) => {
  await login(page, "MODERATOR", "/admin/comments/pending");
  await page.goto("/admin/comments/pending");
  for (const c of BULK) await expect(card(page, c.text)).toBeVisible();
  for (const c of BULK) await page.getByLabel(`Kommentar von ${c.name} auswählen`).check();
  const bar = page.getByTestId("desk-bulk-bar");
  await expect(bar).toContainText("2 ausgewählt");
  await bar.getByRole("button", { name: "Freigeben", exact: true }).click();
  await expect(page.getByTestId("desk-message")).toHaveText("2 Kommentare freigegeben.");
  for (const c of BULK) await expect(card(page, c.text)).toHaveCount(0);

  await bar.getByRole("button", { name: "Rückgängig" }).click();
  await expect(page.getByTestId("desk-message")).toHaveText("2 Entscheidungen zurückgenommen.");
  for (const c of BULK) await expect(card(page, c.text)).toBeVisible();
  // Not just on this screen: a fresh load of the queue has them, and the approved queue does not.
  await page.reload();
  for (const c of BULK) await expect(card(page, c.text)).toBeVisible();
  await page.goto("/admin/comments/approved");
  for (const c of BULK) await expect(card(page, c.text)).toHaveCount(0);
});

async function staffPage(browser: Browser, baseURL: string | undefined, role: "ADMIN" | "MODERATOR", path: string) {
  const context = await browser.newContext({ baseURL, locale: "de-DE" });
  const page = await context.newPage();
  await login(page, role, path);
  await page.goto(path);
  return { context, page };
}

test("a second moderator's stale decision is refused with who decided it and when", async ({ browser, baseURL }) => {
  const admin = await staffPage(browser, baseURL, "ADMIN", pending(STALE.text));
  const moderator = await staffPage(browser, baseURL, "MODERATOR", pending(STALE.text));
  const approve = `Freigeben: Kommentar von ${STALE.name}`;
  // Both have the same pending card open.
  await expect(card(admin.page, STALE.text)).toBeVisible();
  await expect(card(moderator.page, STALE.text)).toBeVisible();

  await card(admin.page, STALE.text).getByRole("button", { name: approve }).click();
  await expect(admin.page.getByTestId("desk-message")).toHaveText("1 Kommentar freigegeben.");

  await card(moderator.page, STALE.text).getByRole("button", { name: approve }).click();
  await expect(moderator.page.getByTestId("desk-message")).toHaveText(/^Bereits von Anna Admin um \d{2}:\d{2} freigegeben\.$/);
  await expect(card(moderator.page, STALE.text)).toHaveCount(0);
  // Decided once: one approval in its history, by the admin.
  await moderator.page.goto(`/admin/comments/approved?q=${encodeURIComponent(STALE.text)}`);
  const approved = card(moderator.page, STALE.text);
  await approved.getByText(/^Verlauf/).click();
  await expect(approved.getByRole("listitem").filter({ hasText: "freigegeben (Wartend → Freigegeben)" })).toHaveCount(1);
  await expect(approved.getByRole("listitem").filter({ hasText: "freigegeben (Wartend → Freigegeben)" })).toContainText("Anna Admin");
  await admin.context.close();
  await moderator.context.close();
});

test("a reader's report puts the comment in the reported queue, with the reason", async ({ browser, page, baseURL }) => {
  // The reader: their own client address, as in e2e/comments-reader.spec.ts (reports are limited per address).
  const reader = await browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": `198.18.${Date.now() % 250}.${Math.floor(Math.random() * 250)}` } });
  const readerPage = await reader.newPage();
  await readerPage.goto(CLIP);
  await readerPage.getByRole("link", { name: `Kommentar von ${TO_REPORT.name} melden` }).click();
  await readerPage.getByLabel("Themenfremd").check();
  await readerPage.getByLabel("Anmerkung (freiwillig)").fill(`Gehört nicht hierher ${unique()}`);
  await readerPage.getByRole("button", { name: "Melden" }).click();
  await expect(readerPage.getByRole("heading", { name: "Vielen Dank für Ihre Meldung" })).toBeVisible();
  await reader.close();

  await login(page, "MODERATOR", "/admin/comments/reported");
  await page.goto("/admin/comments/reported");
  await expect(card(page, TO_REPORT.text)).toContainText(/\d+ Meldung(en)?: .*Am Thema vorbei/);
  // The seeded report is there too.
  await expect(card(page, REPORTED.text)).toContainText("1 Meldung: Beleidigend (1)");
});

test("the moderator's home shows the oldest pending age, and the overview exports the actions as CSV", async ({ page }) => {
  await login(page, "MODERATOR");
  await page.goto("/admin");
  await expect(page.getByTestId("oldest-pending")).toHaveText(/^ältester wartet seit \d+ (Min\.|Std\.|Tag|Tagen)$/);
  await expect(page.getByText("Kommentare pro Tag (30 Tage)", { exact: true }).first()).toBeVisible();

  await page.goto("/admin/comments");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Als CSV exportieren" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^moderation-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = fs.readFileSync((await download.path())!, "utf8");
  expect(text.startsWith("\uFEFFZeit,Moderator,Aktion,Von,Nach,Grund,Notiz,Kommentar-ID,Artikel,E-Mail des Kommentators\r\n")).toBe(true);
  expect(text).toContain(",Regelwerk,HOLD,,PENDING,,,");
  expect(text).toContain("vaihingen@example.org");
});

test("after single decisions the desk brings the new counts once the moderator pauses, without a reload", async ({ page, baseURL }) => {
  // Seven held comments of new readers, found by a token of their own: more than the five below which
  // the desk refills at once, so its refresh waits for the pause after the keys.
  const token = `Pausentest ${unique()}`;
  await page.goto(CLIP);
  const articleId = await page.locator('main form input[name="articleId"]').inputValue();
  const net = Math.floor(Math.random() * 200);
  for (let i = 0; i < 7; i++) {
    const res = await page.request.post(`${CLIP}/kommentar`, {
      headers: { origin: new URL(baseURL!).origin, accept: "application/json", "x-forwarded-for": `198.19.${net}.${i + 1}` },
      form: { articleId, name: `Leserin ${i}`, email: `pause-${i}-${unique()}@example.org`, body: `${token}: Beitrag ${i}`, website: "" },
    });
    expect(await res.json()).toMatchObject({ ok: true });
  }

  await login(page, "MODERATOR", "/admin/comments/pending");
  await page.goto(pending(token));
  const cards = page.getByTestId("desk-card").filter({ hasText: token });
  await expect(cards).toHaveCount(7);
  const pendingCount = page.getByTestId("desk-tab-pending").locator(".tabular-nums");
  const before = Number((await pendingCount.textContent())!.replace(/\D/g, ""));
  await expect(cards.first().getByRole("button", { name: /^Freigeben: / })).toBeEnabled();
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

  await page.keyboard.press("j");
  await expect(cards.first()).toBeFocused();
  await page.keyboard.press("a");
  await expect(cards).toHaveCount(6);
  await expect(cards.first()).toBeFocused();
  await page.keyboard.press("a");
  await expect(cards).toHaveCount(5);
  // The pause: the tab shows two fewer waiting comments, in the same document.
  await expect(pendingCount).toHaveText(String(before - 2));
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);

  // The rest is deleted, so that the seeded comments stay among the newest waiting ones (e2e/roles.spec.ts).
  for (let left = 5; left > 0; left--) {
    await expect(cards.first()).toBeFocused();
    await page.keyboard.press("d");
    await expect(cards).toHaveCount(left - 1);
  }
});
