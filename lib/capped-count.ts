/**
 * Counts that stop at a cap, for the tabs and "select all" of lists with 100,000s of rows: counting
 * every published article or approved comment on each view is the COUNT(*) we do not do. The count is
 * a LIMIT inside a subquery, so it reads at most `cap` + 1 index entries, on SQLite and PostgreSQL alike.
 */
import { Prisma } from "@/generated/prisma/client";

/** A count that stopped at the cap: `more` says there are more than `value`. */
export type CappedCount = { value: number; more: boolean };

/** The count as a scalar subquery on `table` (a quoted identifier) under all `conditions`. */
export function cappedCountSql(table: Prisma.Sql, conditions: Prisma.Sql[], cap: number): Prisma.Sql {
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`1 = 1`;
  return Prisma.sql`(SELECT COUNT(*) FROM (SELECT 1 AS "one" FROM ${table} WHERE ${where} LIMIT ${cap + 1}) AS "c")`;
}

/** What the database counted (up to cap + 1), as shown. */
export function cappedCount(counted: number | bigint, cap: number): CappedCount {
  const n = Number(counted);
  return n > cap ? { value: cap, more: true } : { value: n, more: false };
}
