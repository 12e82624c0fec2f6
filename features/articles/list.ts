/**
 * The editors' working list: filters, three sort orders and keyset pagination, plus the number of
 * articles per status for the tabs. Pages are cut by keyset on (sort key, id), so page 2,000 costs
 * what page 1 does and nothing repeats or goes missing while others edit. Counts stop at COUNT_CAP:
 * counting all 85,000 published articles on every view is the COUNT(*) we do not do (a capped count
 * reads at most COUNT_CAP + 1 index entries).
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { encodeArticleCursor, type ArticleCursor, type ArticleListFilters } from "@/features/articles/list-params";
import { ARTICLE_PAGE_SIZE, COUNT_CAP, COUNT_ORDER, articleCountWheres, articleListArgs, rowSelect } from "@/features/articles/list-query";
import type { ArticleStatus } from "@/features/articles/workflow";
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

/** The tab numbers: articles per status (trash excluded) and the ones waiting for my review. */
export async function countArticlesByStatus() {
  const staff = await authorize("articles.manage");
  const wheres = Object.entries(articleCountWheres(staff.id));
  const counts = await Promise.all(wheres.map(([, where]) => db.article.count({ where, take: COUNT_CAP + 1, orderBy: COUNT_ORDER })));
  return Object.fromEntries(wheres.map(([key], i) => [key, capped(counts[i])])) as Record<ArticleStatus | "inbox", CappedCount>;
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
