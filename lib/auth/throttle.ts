/**
 * Login throttling, shared across instances through the database (OWASP "device cookies").
 *
 * Clients the account does not know share one budget per account: after a few failures the answer is
 * slowed down, after ACCOUNT_BLOCK_AFTER in a 15-minute window the account is refused to them
 * (without checking the password) until the window ends, the user logs in from a trusted device, or an
 * admin clears it. At most 4 windows an hour, so an attacker gets ≤ 40 guesses per account and hour,
 * from however many addresses. A browser that has logged in to the account before carries a signed
 * device cookie (lib/auth/device.ts) and has its own budget: the real user still gets in during an
 * attack, so a flood of wrong passwords is no lockout of its owner. Failures also count per client
 * address (password spraying across accounts).
 */
import "server-only";
import { db, type Tx } from "@/lib/db";
import { block, getBlock, hit } from "@/lib/rate-limit";

const WINDOW_MS = 15 * 60_000;
export const ACCOUNT_SLOWDOWN_AFTER = 3;
export const ACCOUNT_BLOCK_AFTER = 10;
export const DEVICE_BLOCK_AFTER = 10;
export const IP_BLOCK_AFTER = 30;
const MAX_DELAY_MS = 4_000;

const accountKey = (email: string) => `login:account:${email}`;
const ipKey = (ipHash: string) => `login:ip:${ipHash}`;
const deviceKey = (device: string) => `login:device:${device}`;

/** Who is trying: the account's e-mail, the client's address hash, and the id of a valid device cookie for this account (or null). */
export type LoginAttempt = { email: string; ipHash: string; device: string | null };

const later = (a: Date | null, b: Date | null) => (a && b ? (a > b ? a : b) : (a ?? b));

/** The moment until which this client's logins to this account are refused, or null. */
export async function loginBlockedUntil({ email, ipHash, device }: LoginAttempt, now: Date) {
  // A trusted device is judged by its own budget only: the account's and the address's locks are the attacker's.
  if (device) return getBlock(deviceKey(device), now);
  const [a, i] = await Promise.all([getBlock(accountKey(email), now), getBlock(ipKey(ipHash), now)]);
  return later(a, i);
}

const delayAfter = (failures: number) => (failures <= ACCOUNT_SLOWDOWN_AFTER ? 0 : Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - ACCOUNT_SLOWDOWN_AFTER)));

/** Records a failure; returns the delay to apply before answering. */
export async function recordLoginFailure({ email, ipHash, device }: LoginAttempt, now: Date): Promise<number> {
  const until = new Date(now.getTime() + WINDOW_MS);
  if (device) {
    const failures = await hit({ key: deviceKey(device), windowMs: WINDOW_MS }, now);
    if (failures >= DEVICE_BLOCK_AFTER) await block(deviceKey(device), until);
    return delayAfter(failures);
  }
  const [accountFailures, ipFailures] = await Promise.all([
    hit({ key: accountKey(email), windowMs: WINDOW_MS }, now),
    hit({ key: ipKey(ipHash), windowMs: WINDOW_MS }, now),
  ]);
  if (accountFailures >= ACCOUNT_BLOCK_AFTER) await block(accountKey(email), until);
  if (ipFailures >= IP_BLOCK_AFTER) await block(ipKey(ipHash), until);
  return delayAfter(accountFailures);
}

/** After a successful login: the account's failures and lock are gone (the user cleared them), and so are the device's. */
export async function recordLoginSuccess({ email, device }: LoginAttempt) {
  await db.rateLimit.deleteMany({ where: { key: { in: device ? [accountKey(email), deviceKey(device)] : [accountKey(email)] } } });
}

/** What the staff page shows about an account's login failures (counted in real time, not on the test clock). */
export async function getAccountLoginState(email: string, now: Date) {
  const row = await db.rateLimit.findUnique({ where: { key: accountKey(email) }, select: { count: true, windowStart: true, blockedUntil: true } });
  return {
    failures: row && row.windowStart.getTime() + WINDOW_MS > now.getTime() ? row.count : 0,
    blockedUntil: row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null,
  };
}

/** Clears an account's failures and lock, by an admin (inside their transaction). */
export async function clearLoginFailures(email: string, tx: Tx = db) {
  await tx.rateLimit.deleteMany({ where: { key: accountKey(email) } });
}
