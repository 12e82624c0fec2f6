/**
 * The article list's queries as plain Prisma arguments, without touching the database: the filters,
 * the keyset condition and the order. list.ts runs them
 * after checking the caller; keeping them pure lets tests and the bench check them on their own.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { ArticleCursor, ArticleListFilters } from "@/features/articles/list-params";
import { ARTICLE_STATUSES } from "@/features/articles/workflow";
import { env } from "@/lib/env";
import { containsText } from "@/lib/text-search";

export const ARTICLE_PAGE_SIZE = 50;
export const COUNT_CAP = 1000;

/** Only what the list shows: never the body. */
export const rowSelect = {
  id: true,
  title: true,
  status: true,
  publishAt: true,
  updatedAt: true,
  deletedAt: true,
  section: { select: { name: true } },
  author: { select: { name: true } },
  reviewer: { select: { id: true, name: true } },
} as const satisfies Prisma.ArticleSelect;

function filterWhere(filters: ArticleListFilters, staffId: number): Prisma.ArticleWhereInput[] {
  // The trash names every status on purpose: that lets an index starting with (status, deletedAt) find
  // the few trashed rows instead of walking all others.
  const and: Prisma.ArticleWhereInput[] = [
    filters.status === "TRASH" ? { status: { in: [...ARTICLE_STATUSES] }, deletedAt: { not: null } } : { deletedAt: null },
  ];
  if (filters.inbox) and.push({ status: "IN_REVIEW", reviewerId: staffId });
  else if (filters.status && filters.status !== "TRASH") and.push({ status: filters.status });
  if (filters.section) and.push({ sectionId: filters.section });
  if (filters.author) and.push({ authorId: filters.author });
  if (filters.reviewer) and.push({ reviewerId: filters.reviewer });
  if (filters.q) {
    and.push({ title: containsText(filters.q) });
  }
  return and;
}

/**
 * "After the cursor" in the list's order. Publish times may be missing: they sort as the smallest
 * value (first ascending, last descending), which is SQLite's native order and stated explicitly for
 * PostgreSQL (see orderBy), so both databases page the same way.
 */
function afterCursor({ sort, value, id }: ArticleCursor, dir: "asc" | "desc"): Prisma.ArticleWhereInput {
  const beyond = dir === "desc" ? "lt" : "gt";
  if (sort === "title") return { OR: [{ title: { [beyond]: value ?? "" } }, { title: value ?? "", id: { [beyond]: id } }] };
  if (sort === "updated") {
    const at = new Date(value ?? 0);
    return { OR: [{ updatedAt: { [beyond]: at } }, { updatedAt: at, id: { [beyond]: id } }] };
  }
  if (value === null) {
    return dir === "desc" ? { publishAt: null, id: { lt: id } } : { OR: [{ publishAt: null, id: { gt: id } }, { publishAt: { not: null } }] };
  }
  const at = new Date(value);
  const later = [{ publishAt: { [beyond]: at } }, { publishAt: at, id: { [beyond]: id } }];
  return { OR: dir === "desc" ? [...later, { publishAt: null }] : later };
}

function orderBy({ sort, dir }: ArticleListFilters): Prisma.ArticleOrderByWithRelationInput[] {
  if (sort === "title") return [{ title: dir }, { id: dir }];
  if (sort === "publish") {
    // SQLite sorts NULL as the smallest value by itself; spelling it out would make Prisma emulate it
    // with a CASE expression that no index can serve. PostgreSQL sorts NULL as the largest: say so.
    const publishAt = env.isPostgres ? { sort: dir, nulls: dir === "asc" ? ("first" as const) : ("last" as const) } : dir;
    return [{ publishAt }, { id: dir }];
  }
  return [{ updatedAt: dir }, { id: dir }];
}

/** The findMany arguments of one page (exported for the query-plan checks and the bench script). */
export function articleListArgs(filters: ArticleListFilters, staffId: number) {
  const and = filterWhere(filters, staffId);
  if (filters.cursor) and.push(afterCursor(filters.cursor, filters.dir));
  return {
    where: { AND: and },
    orderBy: orderBy(filters),
    take: ARTICLE_PAGE_SIZE + 1,
    select: rowSelect,
  } satisfies Prisma.ArticleFindManyArgs;
}
