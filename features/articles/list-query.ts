/**
 * The article list's statement as SQL, without touching the database: the filters, the keyset
 * condition and the order. list.ts runs it after checking the caller; keeping it pure lets tests check
 * it on its own. Plain SQL, the same on SQLite and PostgreSQL: through Prisma's query builder, the 51
 * rows with their section, author and reviewer cost four statements and ~15 ms of CPU per list view.
 */
import { Prisma } from "@/generated/prisma/client";
import type { ArticleCursor, ArticleListFilters } from "@/features/articles/list-params";
import { ARTICLE_STATUSES } from "@/features/articles/workflow";
import { env } from "@/lib/env";
import { sqlContains } from "@/lib/text-search";

export const ARTICLE_PAGE_SIZE = 50;
export const COUNT_CAP = 1000;

const sql = Prisma.sql;

function filterConditions(filters: ArticleListFilters, staffId: number): Prisma.Sql[] {
  // The trash names every status on purpose: that lets an index starting with (status, deletedAt) find
  // the few trashed rows instead of walking all others.
  const and = [filters.status === "TRASH" ? sql`"status" IN (${Prisma.join(ARTICLE_STATUSES)}) AND "deletedAt" IS NOT NULL` : sql`"deletedAt" IS NULL`];
  if (filters.inbox) and.push(sql`"status" = ${"IN_REVIEW"} AND "reviewerId" = ${staffId}`);
  else if (filters.status && filters.status !== "TRASH") and.push(sql`"status" = ${filters.status}`);
  if (filters.section) and.push(sql`"sectionId" = ${filters.section}`);
  if (filters.author) and.push(sql`"authorId" = ${filters.author}`);
  if (filters.reviewer) and.push(sql`"reviewerId" = ${filters.reviewer}`);
  if (filters.q) and.push(sqlContains(sql`"title"`, filters.q));
  return and;
}

/**
 * "After the cursor" in the list's order. Publish times may be missing: they sort as the smallest
 * value (first ascending, last descending), which is SQLite's native order and stated explicitly for
 * PostgreSQL (see orderBy), so both databases page the same way.
 */
function afterCursor({ sort, value, id }: ArticleCursor, dir: "asc" | "desc"): Prisma.Sql {
  const beyond = dir === "desc" ? sql`<` : sql`>`;
  const column = sort === "title" ? sql`"title"` : sort === "updated" ? sql`"updatedAt"` : sql`"publishAt"`;
  if (sort === "publish" && value === null) {
    return dir === "desc" ? sql`("publishAt" IS NULL AND "id" < ${id})` : sql`(("publishAt" IS NULL AND "id" > ${id}) OR "publishAt" IS NOT NULL)`;
  }
  const at = sort === "title" ? (value ?? "") : new Date(value ?? 0);
  const later = sql`${column} ${beyond} ${at} OR (${column} = ${at} AND "id" ${beyond} ${id})`;
  return sort === "publish" && dir === "desc" ? sql`(${later} OR "publishAt" IS NULL)` : sql`(${later})`;
}

function orderBy({ sort, dir }: ArticleListFilters): Prisma.Sql {
  const d = dir === "asc" ? sql`ASC` : sql`DESC`;
  if (sort === "title") return sql`"title" ${d}, "id" ${d}`;
  if (sort === "publish") {
    // SQLite sorts NULL as the smallest value by itself, and an index serves the plain order.
    // PostgreSQL sorts NULL as the largest: say so.
    const nulls = env.isPostgres ? (dir === "asc" ? sql` NULLS FIRST` : sql` NULLS LAST`) : Prisma.empty;
    return sql`"publishAt" ${d}${nulls}, "id" ${d}`;
  }
  return sql`"updatedAt" ${d}, "id" ${d}`;
}

/** The statement of one page: only what the list shows, never the body; names looked up for the rows returned. */
export function articleListSql(filters: ArticleListFilters, staffId: number): Prisma.Sql {
  const and = filterConditions(filters, staffId);
  if (filters.cursor) and.push(afterCursor(filters.cursor, filters.dir));
  return sql`
    SELECT "id", "title", "status", "publishAt", "updatedAt", "deletedAt", "reviewerId",
      (SELECT "name" FROM "Section" WHERE "Section"."id" = "Article"."sectionId") AS "sectionName",
      (SELECT "name" FROM "User" WHERE "User"."id" = "Article"."authorId") AS "authorName",
      (SELECT "name" FROM "User" WHERE "User"."id" = "Article"."reviewerId") AS "reviewerName"
    FROM "Article"
    WHERE ${Prisma.join(and, " AND ")}
    ORDER BY ${orderBy(filters)}
    LIMIT ${ARTICLE_PAGE_SIZE + 1}`;
}
