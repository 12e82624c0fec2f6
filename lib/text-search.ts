import { Prisma } from "@/generated/prisma/client";
import { env } from "@/lib/env";

/**
 * No stored text contains a NUL character, and SQLite would end the LIKE pattern at it ("a\0b" would
 * search for "a", "\0" for everything): a search containing one finds nothing.
 */
const NOTHING = { in: [] as string[] };

/** PostgreSQL's LIKE escapes with a backslash by default: the searched text is then matched literally. */
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * A staff search as Prisma's `contains` (LIKE), case-insensitive on both databases (SQLite's LIKE is, for
 * ASCII; PostgreSQL needs ILIKE, `mode: "insensitive"`). On PostgreSQL the text is matched literally. On
 * SQLite, whose LIKE has no escape character unless the query names one (Prisma does not), a `%` or `_`
 * in the search stays a wildcard: it can only widen the staff member's own search, never reach beyond
 * the list's other conditions (test/security/injection.test.ts).
 */
export function containsText(value: string) {
  if (value.includes("\0")) return NOTHING;
  return env.isPostgres ? { contains: escapeLike(value), mode: "insensitive" as const } : { contains: value };
}

/** The same for a prefix search (case-sensitive: used on stored lower-case e-mail addresses). */
export function startsWithText(value: string) {
  if (value.includes("\0")) return NOTHING;
  return { startsWith: env.isPostgres ? escapeLike(value) : value };
}

/**
 * The same match as `containsText`, as a raw SQL condition on `column` (for statements written as SQL,
 * where Prisma's per-statement cost matters): `column LIKE '%…%'` on SQLite, `ILIKE` with the text
 * escaped on PostgreSQL; a search containing NUL matches nothing.
 */
export function sqlContains(column: Prisma.Sql, value: string): Prisma.Sql {
  if (value.includes("\0")) return Prisma.sql`1 = 0`;
  return env.isPostgres ? Prisma.sql`${column} ILIKE ${`%${escapeLike(value)}%`}` : Prisma.sql`${column} LIKE ${`%${value}%`}`;
}

/** The same match as `startsWithText`, as a raw SQL condition on `column` (a LIKE on the prefix, escaped on PostgreSQL). */
export function sqlStartsWith(column: Prisma.Sql, value: string): Prisma.Sql {
  if (value.includes("\0")) return Prisma.sql`1 = 0`;
  return Prisma.sql`${column} LIKE ${`${env.isPostgres ? escapeLike(value) : value}%`}`;
}
