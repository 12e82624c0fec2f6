/**
 * Fixed-window counters in the database, so that every app instance sees the same counts (login
 * throttling, later the comment flood limit). Increments are atomic; a window reset may race, which
 * at worst forgives one attempt.
 */
import "server-only";
import { db } from "@/lib/db";

export type Limit = { key: string; windowMs: number };

export async function getBlock(key: string, now: Date): Promise<Date | null> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { blockedUntil: true } });
  return row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null;
}

/** Counts one event and returns how many fell into the current window (this one included). */
export async function hit({ key, windowMs }: Limit, now: Date): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { windowStart: true } });
  if (!row || row.windowStart.getTime() + windowMs <= now.getTime()) {
    await db.rateLimit.upsert({
      where: { key },
      create: { key, count: 1, windowStart: now },
      update: { count: 1, windowStart: now, blockedUntil: null },
    });
    return 1;
  }
  const updated = await db.rateLimit.update({ where: { key }, data: { count: { increment: 1 } }, select: { count: true } });
  return updated.count;
}

export async function block(key: string, until: Date) {
  await db.rateLimit.update({ where: { key }, data: { blockedUntil: until } });
}
