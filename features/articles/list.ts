/**
 * The editors' working list: filters, three sort orders and keyset pagination, plus the number of
 * articles per status for the tabs. Pages are cut by keyset on (sort key, id), so page 2,000 costs
 * what page 1 does and nothing repeats or goes missing while others edit. Counts stop at COUNT_CAP:
 * counting all 85,000 published articles on every view is the COUNT(*) we do not do (a capped count
 * reads at most COUNT_CAP + 1 index entries).
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { encodeArticleCursor, type ArticleCursor, type ArticleListFilters } from "@/features/articles/list-params";
import { ARTICLE_PAGE_SIZE, COUNT_CAP, articleListArgs, rowSelect } from "@/features/articles/list-query";
import { ARTICLE_STATUSES, type ArticleStatus } from "@/features/articles/workflow";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";

export { ARTICLE_PAGE_SIZE, COUNT_CAP };

type Row = Prisma.ArticleGetPayload<{ select: typeof rowSelect }>;

function cursorOf(row: Row, sort: ArticleListFilters["sort"]): ArticleCursor {
  const value = sort === "title" ? row.title : sort === "publish" ? (row.publishAt?.toISOString() ?? null) : row.updatedAt.toISOString();
  return { sort, value, id: row.id };
}

/** One page of the list and the opaque cursor of the next one (null on the last page). */
export async function listArticles(filters: ArticleListFilters) {
  const staff = await authorize("articles.manage");
  const rows = await db.article.findMany(articleListArgs(filters, staff.id));
  const hasMore = rows.length > ARTICLE_PAGE_SIZE;
  const articles = hasMore ? rows.slice(0, ARTICLE_PAGE_SIZE) : rows;
  const next = hasMore ? encodeArticleCursor(cursorOf(articles[articles.length - 1], filters.sort)) : null;
  return { articles, next };
}

export type ArticleListRow = Awaited<ReturnType<typeof listArticles>>["articles"][number];

/** A count that stops at COUNT_CAP: `more` says there are more than `value`. */
export type CappedCount = { value: number; more: boolean };

const capped = (n: number): CappedCount => (n > COUNT_CAP ? { value: COUNT_CAP, more: true } : { value: n, more: false });

/**
 * The tab numbers: articles per status (trash excluded) and the ones waiting for my review, in one
 * statement (each Prisma statement costs ~1 ms of client CPU, six of them on every list view). Each
 * count is a LIMIT inside a subquery, read from the [status, deletedAt, …] and [reviewerId, status,
 * deletedAt, …] indexes, so it reads at most COUNT_CAP + 1 index entries. The statuses are bound
 * parameters in the WHERE clause, where PostgreSQL takes them as its enum.
 */
export async function countArticlesByStatus() {
  const staff = await authorize("articles.manage");
  const cap = COUNT_CAP + 1;
  const live = (status: ArticleStatus) => Prisma.sql`SELECT COUNT(*) FROM (SELECT 1 AS "one" FROM "Article" WHERE "status" = ${status} AND "deletedAt" IS NULL LIMIT ${cap}) AS "c"`;
  const [row] = await db.$queryRaw<Record<ArticleStatus | "inbox", number | bigint>[]>`
    SELECT (${live("DRAFT")}) AS "DRAFT", (${live("IN_REVIEW")}) AS "IN_REVIEW", (${live("SCHEDULED")}) AS "SCHEDULED",
      (${live("PUBLISHED")}) AS "PUBLISHED", (${live("ARCHIVED")}) AS "ARCHIVED",
      (SELECT COUNT(*) FROM (SELECT 1 AS "one" FROM "Article" WHERE "status" = ${"IN_REVIEW"} AND "reviewerId" = ${staff.id} AND "deletedAt" IS NULL LIMIT ${cap}) AS "c") AS "inbox"`;
  const keys = [...ARTICLE_STATUSES, "inbox"] as const;
  return Object.fromEntries(keys.map((key) => [key, capped(Number(row[key]))])) as Record<ArticleStatus | "inbox", CappedCount>;
}

/** The filter form's choices: the sections, and the staff who write and review articles. */
export async function listArticleFilterOptions() {
  await authorize("articles.manage");
  const [sections, staff] = await Promise.all([
    db.section.findMany({ where: { deletedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    db.user.findMany({
      where: { roles: { some: { role: { in: ["EDITOR", "ADMIN"] } } } },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true },
    }),
  ]);
  return { sections, staff };
}
