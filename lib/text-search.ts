import { env } from "@/lib/env";

/**
 * A text search as users expect it on both databases: Prisma's `contains` is LIKE, case-insensitive (for
 * ASCII) on SQLite already; PostgreSQL needs ILIKE (`mode: "insensitive"`, which SQLite's client lacks).
 * % and _ are not escaped: they only widen a staff member's own search.
 */
export function containsText(value: string) {
  return { contains: value, ...(env.isPostgres ? { mode: "insensitive" as const } : {}) };
}
