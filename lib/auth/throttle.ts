/**
 * Login throttling, shared across instances through the database. Failures are counted per account
 * and per client IP in a 15-minute window: after a few the answer is slowed down, after more the
 * account (or the IP) is refused until the window ends or an admin clears it.
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import { block, getBlock, hit } from "@/lib/rate-limit";

const WINDOW_MS = 15 * 60_000;
export const ACCOUNT_SLOWDOWN_AFTER = 3;
export const ACCOUNT_BLOCK_AFTER = 10;
export const IP_BLOCK_AFTER = 30;
const MAX_DELAY_MS = 4_000;

const accountKey = (email: string) => `login:account:${email}`;
const ipKey = (ipHash: string) => `login:ip:${ipHash}`;

/** The moment until which logins are refused, or null. */
export async function loginBlockedUntil(email: string, ipHash: string, now: Date) {
  const [a, i] = await Promise.all([getBlock(accountKey(email), now), getBlock(ipKey(ipHash), now)]);
  if (a && i) return a > i ? a : i;
  return a ?? i;
}

/** Records a failure; returns the delay to apply before answering. */
export async function recordLoginFailure(email: string, ipHash: string, now: Date): Promise<number> {
  const until = new Date(now.getTime() + WINDOW_MS);
  const [accountFailures, ipFailures] = await Promise.all([
    hit({ key: accountKey(email), windowMs: WINDOW_MS }, now),
    hit({ key: ipKey(ipHash), windowMs: WINDOW_MS }, now),
  ]);
  if (accountFailures >= ACCOUNT_BLOCK_AFTER) await block(accountKey(email), until);
  if (ipFailures >= IP_BLOCK_AFTER) await block(ipKey(ipHash), until);
  if (accountFailures <= ACCOUNT_SLOWDOWN_AFTER) return 0;
  return Math.min(MAX_DELAY_MS, 250 * 2 ** (accountFailures - ACCOUNT_SLOWDOWN_AFTER));
}

/** What the staff page shows about an account's login failures (counted in real time, not on the test clock). */
export async function getAccountLoginState(email: string, now: Date) {
  const row = await db.rateLimit.findUnique({ where: { key: accountKey(email) }, select: { count: true, windowStart: true, blockedUntil: true } });
  return {
    failures: row && row.windowStart.getTime() + WINDOW_MS > now.getTime() ? row.count : 0,
    blockedUntil: row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null,
  };
}

/** Clears an account's failures and lock: after a successful login, or by an admin (inside their transaction). */
export async function clearLoginFailures(email: string, tx: Tx = db) {
  await tx.rateLimit.deleteMany({ where: { key: accountKey(email) } });
}
