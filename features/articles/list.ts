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
import { ARTICLE_PAGE_SIZE, COUNT_CAP, articleListSql } from "@/features/articles/list-query";
import { ARTICLE_STATUSES, type ArticleStatus } from "@/features/articles/workflow";
import { authorize } from "@/lib/auth/session";
import { cappedCount, cappedCountSql, type CappedCount } from "@/lib/capped-count";
import { db, sqlDate } from "@/lib/db";

export { ARTICLE_PAGE_SIZE, COUNT_CAP };

type RowSql = {
  id: number | bigint;
  title: string;
  status: ArticleStatus;
  publishAt: Date | string | null;
  updatedAt: Date | string;
  deletedAt: Date | string | null;
  reviewerId: number | bigint | null;
  sectionName: string;
  authorName: string | null;
  reviewerName: string | null;
};


function rowOf(r: RowSql) {
  return {
    id: Number(r.id),
    title: r.title,
    status: r.status,
    publishAt: sqlDate(r.publishAt),
    updatedAt: sqlDate(r.updatedAt),
    deletedAt: sqlDate(r.deletedAt),
    section: { name: r.sectionName },
    author: r.authorName === null ? null : { name: r.authorName },
    reviewer: r.reviewerId === null || r.reviewerName === null ? null : { id: Number(r.reviewerId), name: r.reviewerName },
  };
}

function cursorOf(row: ReturnType<typeof rowOf>, sort: ArticleListFilters["sort"]): ArticleCursor {
  const value = sort === "title" ? row.title : sort === "publish" ? (row.publishAt?.toISOString() ?? null) : row.updatedAt.toISOString();
  return { sort, value, id: row.id };
}

/** One page of the list and the opaque cursor of the next one (null on the last page). */
export async function listArticles(filters: ArticleListFilters) {
  const staff = await authorize("articles.manage");
  const rows = (await db.$queryRaw<RowSql[]>`${articleListSql(filters, staff.id)}`).map(rowOf);
  const hasMore = rows.length > ARTICLE_PAGE_SIZE;
  const articles = hasMore ? rows.slice(0, ARTICLE_PAGE_SIZE) : rows;
  const next = hasMore ? encodeArticleCursor(cursorOf(articles[articles.length - 1], filters.sort)) : null;
  return { articles, next };
}

export type ArticleListRow = Awaited<ReturnType<typeof listArticles>>["articles"][number];

/**
 * The tab numbers: articles per status (trash excluded) and the ones waiting for my review, in one
 * statement (each Prisma statement costs ~1 ms of client CPU, six of them on every list view), each
 * capped (lib/capped-count.ts), read from the [status, deletedAt, …] and [reviewerId, status,
 * deletedAt, …] indexes. The statuses are bound parameters in the WHERE clause, where PostgreSQL takes
 * them as its enum.
 */
export async function countArticlesByStatus() {
  const staff = await authorize("articles.manage");
  const count = (...conditions: Prisma.Sql[]) => cappedCountSql(Prisma.sql`"Article"`, [...conditions, Prisma.sql`"deletedAt" IS NULL`], COUNT_CAP);
  const live = (status: ArticleStatus) => count(Prisma.sql`"status" = ${status}`);
  const [row] = await db.$queryRaw<Record<ArticleStatus | "inbox", number | bigint>[]>`
    SELECT ${live("DRAFT")} AS "DRAFT", ${live("IN_REVIEW")} AS "IN_REVIEW", ${live("SCHEDULED")} AS "SCHEDULED",
      ${live("PUBLISHED")} AS "PUBLISHED", ${live("ARCHIVED")} AS "ARCHIVED",
      ${count(Prisma.sql`"status" = ${"IN_REVIEW"}`, Prisma.sql`"reviewerId" = ${staff.id}`)} AS "inbox"`;
  const keys = [...ARTICLE_STATUSES, "inbox"] as const;
  return Object.fromEntries(keys.map((key) => [key, cappedCount(row[key], COUNT_CAP)])) as Record<ArticleStatus | "inbox", CappedCount>;
}

/** The filter form's choices: the sections, and the staff who write and review articles. */
export async function listArticleFilterOptions() {
  await authorize("articles.manage");
  const [sections, staff] = await Promise.all([
    db.$queryRaw<{ id: number | bigint; name: string }[]>`SELECT "id", "name" FROM "Section" WHERE "deletedAt" IS NULL ORDER BY "position" ASC, "id" ASC`,
    db.$queryRaw<{ id: number | bigint; name: string }[]>`
      SELECT "id", "name" FROM "User" WHERE "id" IN (SELECT "userId" FROM "UserRole" WHERE "role" IN (${"EDITOR"}, ${"ADMIN"}))
      ORDER BY "name" ASC, "id" ASC`,
  ]);
  const ids = (rows: { id: number | bigint; name: string }[]) => rows.map((r) => ({ id: Number(r.id), name: r.name }));
  return { sections: ids(sections), staff: ids(staff) };
}
