/**
 * Fixed-window counters in the database, so that every app instance sees the same counts (login
 * throttling, later the comment flood limit). Each count is one atomic statement.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db, sqlDate, type Tx } from "@/lib/db";

export type Limit = { key: string; windowMs: number };

export async function getBlock(key: string, now: Date): Promise<Date | null> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { blockedUntil: true } });
  return row?.blockedUntil && row.blockedUntil > now ? row.blockedUntil : null;
}

/**
 * Counts one event and returns how many fell into the current window (this one included), in `client`'s
 * transaction when given one. One
 * statement: a new key starts at 1, an expired window starts over (and forgets its block), else +1.
 * The SET expressions read the row as it was, on SQLite and PostgreSQL alike.
 */
export async function hit({ key, windowMs }: Limit, now: Date, client: Tx | typeof db = db): Promise<number> {
  const expired = Prisma.sql`"RateLimit"."windowStart" <= ${new Date(now.getTime() - windowMs)}`;
  const rows = await client.$queryRaw<{ count: number | bigint }[]>`
    INSERT INTO "RateLimit" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN ${expired} THEN 1 ELSE "RateLimit"."count" + 1 END,
      "blockedUntil" = CASE WHEN ${expired} THEN NULL ELSE "RateLimit"."blockedUntil" END,
      "windowStart" = CASE WHEN ${expired} THEN ${now} ELSE "RateLimit"."windowStart" END
    RETURNING "count"`;
  return Number(rows[0].count);
}

/**
 * How many events the current window holds, without counting one (0 once the window has passed): a
 * read, for refusing early what a later `hit` in the caller's own transaction would refuse anyway.
 */
export async function hitsSoFar({ key, windowMs }: Limit, now: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number | bigint; windowStart: Date | string }[]>`SELECT "count", "windowStart" FROM "RateLimit" WHERE "key" = ${key}`;
  return !row || sqlDate(row.windowStart).getTime() <= now.getTime() - windowMs ? 0 : Number(row.count);
}

export async function block(key: string, until: Date) {
  await db.rateLimit.update({ where: { key }, data: { blockedUntil: until } });
}
