/**
 * Login throttling, shared across instances through the database. Failures are counted per account
 * and per client IP in a 15-minute window: after a few the answer is slowed down, after more the
 * account (or the IP) is refused until the window ends or an admin clears it.
 */
import "server-only";
import { block, getBlock, hit, reset } from "@/lib/rate-limit";

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

export async function clearLoginFailures(email: string) {
  await reset(accountKey(email));
}
