/**
 * What several app instances share must add up, whichever instance a request reaches. On PostgreSQL the
 * suite runs through two instances behind a round-robin proxy (E2E_INSTANCES=2, scripts/test-all.mjs), so
 * consecutive requests here alternate between them; with one instance the same counts must hold too.
 */
import { expect, test, type Page } from "@playwright/test";
import { login, unique } from "./helpers";
import { caughtMails } from "./mail";
import { captureAction, ip, ipBlock, replay, siteClient } from "./security/http";

type Totals = { impressions: number; clicks: number };

/** Today's impressions and clicks summed over every slot, from the slots' statistics CSVs. */
async function todaysTotals(page: Page): Promise<Totals> {
  await page.goto("/admin/ads/slots");
  const links = await page.getByRole("link", { name: "Statistik des Platzes (30 Tage)" }).evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(links.length).toBeGreaterThan(0);
  const totals = { impressions: 0, clicks: 0 };
  for (const slot of links) {
    const csv = await page.request.get(`${slot}/stats.csv`);
    expect(csv.status()).toBe(200);
    const [, impressions, clicks] = (await csv.text()).trim().split("\r\n").at(-1)!.split(","); // the last row is today
    totals.impressions += Number(impressions);
    totals.clicks += Number(clicks);
  }
  return totals;
}

test("impressions and clicks counted on any instance add up to exactly what readers did", async ({ baseURL, page }) => {
  await login(page, "AD_MANAGER", "/admin/ads");
  const before = await todaysTotals(page);

  // The seeded running booking #1, seen 20 times and clicked 6 times by readers spread over the instances.
  const readers = await siteClient(baseURL!);
  try {
    for (let i = 0; i < 20; i++) {
      const beacon = await readers.post("/api/ads/impressions", { data: JSON.stringify({ ids: [1] }), headers: { "content-type": "text/plain" } });
      expect(beacon.status()).toBe(204);
    }
    for (let i = 0; i < 6; i++) {
      const click = await readers.get("/anzeige/1", { maxRedirects: 0 });
      expect(click.status()).toBe(302);
    }
  } finally {
    await readers.dispose();
  }

  // Each instance adds what it counted to the database every 2 s.
  await expect.poll(async () => await todaysTotals(page), { timeout: 15_000, intervals: [1_000] }).toEqual({ impressions: before.impressions + 20, clicks: before.clicks + 6 });
  await page.waitForTimeout(2_500); // one more flush on both instances adds nothing
  expect(await todaysTotals(page)).toEqual({ impressions: before.impressions + 20, clicks: before.clicks + 6 });
});

test("every instance sends mail from the one outbox, and no mail goes out twice", async ({ browser, baseURL, page }) => {
  const first = ipBlock();
  const context = await browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": ip(first + 1) } });
  const reader = await context.newPage();
  await reader.goto("/newsletter");
  await reader.getByLabel("E-Mail").fill(`muster-${unique()}@example.org`);
  const action = await captureAction(reader, () => reader.getByRole("button", { name: "Newsletter abonnieren" }).click());
  const client = await siteClient(baseURL!);
  const emails = Array.from({ length: 30 }, (_, i) => `ausgang-${i}-${unique()}@example.org`);
  try {
    // 30 sign-ups from 30 readers at once: 30 opt-in mails in the outbox, which both senders poll.
    const answers = await Promise.all(emails.map((email, i) => replay(client, action, email, ip(first + 10 + i))()));
    expect(answers.map((a) => a.status)).toEqual(emails.map(() => 200));
  } finally {
    await client.dispose();
    await context.close();
  }
  await expect.poll(() => emails.filter((email) => caughtMails().some((m) => m.to === email)).length, { timeout: 20_000 }).toBe(emails.length);
  await page.waitForTimeout(3_000); // time for a second copy, if a sender claimed a mail the other sent
  const mails = caughtMails();
  for (const email of emails) expect(mails.filter((m) => m.to === email), email).toHaveLength(1);
  const ids = mails.map((m) => m.messageId);
  expect(new Set(ids).size, "every mail of the whole run arrived once").toBe(ids.length);
});
