/**
 * No user enumeration (SECURITY.md, "enumeration"): login, newsletter sign-up, "nur abonnieren" under
 * an article and the public booking request, each with a known and an unknown e-mail, 50 tries each,
 * interleaved. The answers must have the same status and body (request-specific tokens normalised) and
 * the times must lie within ±10 % of each other (median of the back-to-back pairs' ratios, see compare()). Every try comes from an address of its
 * own (X-Forwarded-For), so flood limits do not distort; the unknown address is a fresh one each time
 * (after one try it would be known). The reader forms are captured once from the browser and replayed
 * over HTTP with only the e-mail changed, so the timing is the server's, not the page's.
 */
import { expect, test, type Browser } from "@playwright/test";
import { login, unique } from "../helpers";
import { linkIn, waitForMail } from "../mail";
import { attemptLogin, captureAction, createStaffAccount, ip, ipBlock, replay, siteClient, type Answer, type Captured } from "./http";

const TRIES = 50;
const TOLERANCE = 0.1;
const CLIP = "/artikel/sechs-jahre-erfolgreiche-arbeit-fuer-integration";
const FORM = "Kommentieren Sie diesen Artikel …";

/** React's per-render element keys (random) and the buildless parts that differ by request only. */
/**
 * A Server Action's RSC answer, comparable across tries: per-request keys and the CSP nonce blanked, and its rows sorted —
 * React streams the rows of a page's parts in the order they finish (the sidebar's data is kept for a few
 * seconds, so it is ready at once on one try and a moment later on the next), which says nothing about
 * the address.
 */
const normaliseRsc = (body: string) =>
  body
    // The CSP nonce of the response (server/csp.mjs) on the scripts the answer names: random per request.
    .replace(/"nonce":"[A-Za-z0-9+/]+={0,2}"/g, '"nonce":"<nonce>"')
    .replace(/"[A-Za-z0-9_-]{20,24}"/g, '"<key>"')
    // The sidebar's ads and surf tips follow the clock (a run across midnight in Berlin gets the next
    // day's and week's rows, the same texts under other ids), not the address.
    .replace(/\/(anzeige|surftipp)\/\d+/g, "/$1/<id>")
    .replace(/"data-booking":\d+/g, '"data-booking":"<id>"')
    .replace(/\["\$","li","\d+"/g, '["$","li","<id>"')
    .split("\n")
    .sort()
    .join("\n");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};


const ROUNDS = 3;
const PAUSE_MS = 100;
const pause = () => new Promise((r) => setTimeout(r, PAUSE_MS));

/**
 * Runs known and unknown tries alternately (which one goes first alternates too), with a pause after
 * each so the mail sender's work for one try does not land on the next.
 * Every answer must match; the medians must lie within ±10 % in one of up to three rounds of 50: the
 * load of a shared 2-core machine moves a median by more than that now and then, a real difference
 * (a new address taking twice as long) shows in every round.
 */
async function compare(what: string, tries: number, known: (i: number) => Promise<Answer>, unknown: (i: number) => Promise<Answer>, normalise: (body: string) => string) {
  const rounds: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const k: Answer[] = [];
    const u: Answer[] = [];
    for (let i = 0; i < tries; i++) {
      const n = round * tries + i;
      if (i % 2) {
        k.push(await known(n));
        await pause();
        u.push(await unknown(n));
      } else {
        u.push(await unknown(n));
        await pause();
        k.push(await known(n));
      }
      await pause();
    }
    for (let i = 0; i < tries; i++) {
      expect(u[i].status, `${what}: status of try ${i}`).toBe(k[i].status);
      expect(normalise(u[i].body), `${what}: body of try ${i}`).toBe(normalise(k[i].body));
    }
    const mk = median(k.map((a) => a.ms));
    const mu = median(u.map((a) => a.ms));
    const deviation = mu / mk - 1;
    rounds.push(`known ${mk.toFixed(1)} ms, unknown ${mu.toFixed(1)} ms (${(deviation * 100).toFixed(1)} %)`);
    console.log(`${what}, round ${round + 1}: median ${rounds[round]}`);
    if (Math.abs(deviation) <= TOLERANCE) return;
  }
  expect(rounds, `${what}: the medians differ by more than ±10 % in every round`).toEqual([]);
}

const readerContext = (browser: Browser, baseURL: string | undefined, address: string) =>
  browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": address } });

test.describe.configure({ timeout: 600_000 });

test("login: a wrong password for an existing account and for no account answer alike", async ({ page, baseURL }) => {
  await login(page, "ADMIN");
  const account = await createStaffAccount(page);
  const first = ipBlock();
  const client = await siteClient(baseURL!);
  const owner = await siteClient(baseURL!);
  try {
    const answer = async (email: string, i: number, offset: number): Promise<Answer> => {
      const a = await attemptLogin(client, email, `wrong-${i}`, ip(first + 2 * i + offset));
      return { status: a.status, body: a.body, ms: a.ms };
    };
    await compare(
      "login",
      TRIES,
      async (i) => {
        const a = await answer(account.email, i, 1);
        // The owner's next login clears the failure, so every known try meets the same (unthrottled) path as a fresh unknown one.
        expect((await attemptLogin(owner, account.email, account.password, ip(first + 200))).error).toBeNull();
        return a;
      },
      (i) => answer(`nobody-${unique()}@newsdesk.local`, i, 2),
      (body) => body,
    );
  } finally {
    await client.dispose();
    await owner.dispose();
  }
});

test("newsletter sign-up: a confirmed subscriber and a new address get the same answer in the same time", async ({ browser, baseURL }) => {
  const first = ipBlock();
  const context = await readerContext(browser, baseURL, ip(first + 1));
  const page = await context.newPage();
  const known = `bekannt-${unique()}@example.org`;
  await page.goto("/newsletter");
  await page.getByLabel("E-Mail").fill(known);
  await page.getByRole("button", { name: "Newsletter abonnieren" }).click();
  await expect(page.getByRole("heading", { name: "Fast geschafft" })).toBeVisible();
  await page.goto(linkIn(await waitForMail(known, /Newsletter-Abonnement$/), "/abo/bestaetigen/"));
  await page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(page.getByRole("status")).toHaveText("Vielen Dank! Sie erhalten ab jetzt unseren Newsletter.");

  await page.goto("/newsletter");
  await page.getByLabel("E-Mail").fill("capture@example.org");
  const action = await captureAction(page, () => page.getByRole("button", { name: "Newsletter abonnieren" }).click());
  const client = await siteClient(baseURL!);
  try {
    await compare(
      "newsletter",
      TRIES,
      (i) => replay(client, action, known, ip(first + 10 + 2 * i))(),
      (i) => replay(client, action, `neu-${unique()}@example.org`, ip(first + 11 + 2 * i))(),
      normaliseRsc,
    );
  } finally {
    await client.dispose();
    await context.close();
  }
});

test("nur abonnieren: a confirmed thread subscriber and a new address get the same answer in the same time", async ({ browser, baseURL }) => {
  const first = ipBlock();
  const context = await readerContext(browser, baseURL, ip(first + 1));
  const page = await context.newPage();
  const known = `faden-${unique()}@example.org`;
  const subscribe = async (email: string) => {
    await page.goto(CLIP);
    const form = page.getByRole("form", { name: FORM });
    await form.getByLabel(/^E-Mail/).fill(email);
    await form.getByLabel(/Abonnieren/).check();
    return form.getByRole("button", { name: "Absenden" });
  };
  await (await subscribe(known)).click();
  await expect(page.getByRole("heading", { name: "Fast geschafft" })).toBeVisible();
  await page.goto(linkIn(await waitForMail(known, /^Bitte bestätigen Sie Ihr Abonnement: Sechs Jahre/), "/abo/bestaetigen/"));
  await page.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(page.getByRole("heading", { name: "Abonnement bestätigt" })).toBeVisible();

  const button = await subscribe("capture@example.org");
  const action = await captureAction(page, () => button.click());
  const client = await siteClient(baseURL!);
  try {
    await compare(
      "nur abonnieren",
      TRIES,
      (i) => replay(client, action, known, ip(first + 10 + 2 * i))(),
      (i) => replay(client, action, `neu-${unique()}@example.org`, ip(first + 11 + 2 * i))(),
      normaliseRsc,
    );
  } finally {
    await client.dispose();
    await context.close();
  }
});

test("booking request: a known advertiser and a new address get the same answer in the same time", async ({ browser, baseURL }) => {
  const first = ipBlock();
  const context = await readerContext(browser, baseURL, ip(first + 1));
  const page = await context.newPage();
  const known = `werbung-${unique()}@example.org`;
  const start = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10);
  const fill = async (email: string, headline: string) => {
    await page.goto("/werben");
    const slot = page.getByLabel("Werbeplatz");
    await slot.selectOption({ label: (await slot.locator("option").allTextContents()).find((o) => /^Seitenleiste unten/.test(o))! });
    await page.getByLabel("Erster Tag").fill(start);
    await page.getByLabel("Letzter Tag").fill(start);
    await page.getByLabel("Überschrift").fill(headline);
    await page.getByLabel("Text", { exact: true }).fill("Eine Anzeige zum Test der Antwortzeiten.");
    await page.getByLabel("Zieladresse (https://…)").fill("https://www.example.org/");
    await page.getByLabel("Firma oder Name").fill("Testfirma");
    await page.getByLabel("E-Mail").fill(email);
  };
  await fill(known, `Bekannt ${unique()}`);
  await page.getByRole("button", { name: "Anfrage senden" }).click();
  await expect(page.getByRole("heading", { name: "Vielen Dank für Ihre Anfrage" })).toBeVisible();

  await fill("capture@example.org", `Probe ${unique()}`);
  const action = await captureAction(page, () => page.getByRole("button", { name: "Anfrage senden" }).click());
  const keyField = Object.keys(action.fields).find((name) => /idempotencyKey/.test(name));
  const client = await siteClient(baseURL!);
  // A new idempotency key per try (else every replay after the first is "the same request again").
  const fresh = (c: Captured): Captured => (keyField ? { ...c, fields: { ...c.fields, [keyField]: crypto.randomUUID() } } : c);
  try {
    await compare(
      "booking request",
      TRIES,
      (i) => replay(client, fresh(action), known, ip(first + 10 + 2 * i))(),
      (i) => replay(client, fresh(action), `neu-${unique()}@example.org`, ip(first + 11 + 2 * i))(),
      normaliseRsc,
    );
  } finally {
    await client.dispose();
    await context.close();
  }
});
