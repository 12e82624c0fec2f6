/**
 * The moderation desk's reads. A queue page is one keyset query along [status, createdAt, id] (or
 * [articleId, status, createdAt, id] when scoped to an article) that selects only the shown columns,
 * plus one batched query each for the page's articles, parents, open reports, commenter histories
 * and decision histories: seven small queries whatever the queue's size. Counts stop at COUNT_CAP.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CommentStatus } from "@/generated/prisma/enums";
import { QUEUE_STATUS, QUEUE_SLUGS, encodeDeskCursor, type DeskFilters, type QueueSlug } from "@/features/comments/desk-params";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { containsText } from "@/lib/text-search";

export const DESK_PAGE_SIZE = 50;
export const COUNT_CAP = 1000;
export const BULK_ALL_CAP = 5000;

export type CappedCount = { value: number; more: boolean };

/** The queue and its filters as a where clause (without the cursor). */
export function queueWhere(filters: Omit<DeskFilters, "order" | "cursor">): Prisma.CommentWhereInput[] {
  const and: Prisma.CommentWhereInput[] =
    // "not DELETED" rather than a list of statuses: a status list makes SQLite walk the status index
    // (5,000,000 rows) instead of the few reported comments of the [reportCount, …] index.
    filters.queue === "reported" ? [{ reportCount: { gt: 0 }, status: { not: "DELETED" } }] : [{ status: QUEUE_STATUS[filters.queue] }];
  if (filters.article) and.push({ articleId: filters.article });
  if (filters.section) and.push({ article: { sectionId: filters.section } });
  if (filters.q) and.push({ body: containsText(filters.q) });
  if (filters.commenter) and.push({ OR: [{ authorName: containsText(filters.commenter) }, { authorEmail: containsText(filters.commenter.toLowerCase()) }] });
  return and;
}

const cardSelect = {
  id: true,
  articleId: true,
  parentId: true,
  authorName: true,
  authorEmail: true,
  body: true,
  status: true,
  heldReasons: true,
  reportCount: true,
  createdAt: true,
} as const satisfies Prisma.CommentSelect;

/** The findMany arguments of one page (exported for the tests and the bench). */
export function queuePageArgs(filters: DeskFilters) {
  const and = queueWhere(filters);
  const dir = filters.order === "oldest" ? "asc" : "desc";
  if (filters.cursor) {
    const beyond = dir === "desc" ? "lt" : "gt";
    const at = new Date(filters.cursor.at);
    and.push({ OR: [{ createdAt: { [beyond]: at } }, { createdAt: at, id: { [beyond]: filters.cursor.id } }] });
  }
  return { where: { AND: and }, orderBy: [{ createdAt: dir }, { id: dir }], take: DESK_PAGE_SIZE + 1, select: cardSelect } satisfies Prisma.CommentFindManyArgs;
}

export type HeldReason = { code: string; detail?: string };

function heldReasonsOf(value: unknown): HeldReason[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((r): r is { code: string; detail?: unknown } => typeof r === "object" && r !== null && typeof (r as { code?: unknown }).code === "string")
    .map((r) => ({ code: r.code, ...(typeof r.detail === "string" ? { detail: r.detail } : {}) }));
}

/** One page of a queue with everything its cards show, and the opaque cursor of the next page. */
export async function listQueue(filters: DeskFilters) {
  await authorize("comments.moderate");
  const rows = await db.comment.findMany(queuePageArgs(filters));
  const hasMore = rows.length > DESK_PAGE_SIZE;
  const page = hasMore ? rows.slice(0, DESK_PAGE_SIZE) : rows;
  const last = page[page.length - 1];
  const next = hasMore ? encodeDeskCursor({ at: last.createdAt.toISOString(), id: last.id }) : null;
  if (page.length === 0) return { cards: [], next };

  const ids = page.map((c) => c.id);
  const emails = [...new Set(page.map((c) => c.authorEmail).filter(Boolean))];
  const parentIds = [...new Set(page.map((c) => c.parentId).filter((id): id is number => id !== null))];
  const reported = page.filter((c) => c.reportCount > 0).map((c) => c.id);
  const [articles, parents, history, reports, actions] = await Promise.all([
    db.article.findMany({ where: { id: { in: [...new Set(page.map((c) => c.articleId))] } }, select: { id: true, title: true, slug: true } }),
    parentIds.length ? db.comment.findMany({ where: { id: { in: parentIds } }, select: { id: true, authorName: true, body: true } }) : [],
    emails.length
      ? // By e-mail only (the [authorEmail, createdAt] index); a status condition here let SQLite pick the
        // status index and read millions of rows. Other statuses are ignored below.
        db.comment.groupBy({ by: ["authorEmail", "status"], where: { authorEmail: { in: emails } }, _count: { _all: true } })
      : [],
    reported.length ? db.commentReport.findMany({ where: { commentId: { in: reported }, resolvedAt: null }, select: { commentId: true, reason: true } }) : [],
    db.moderationAction.findMany({
      where: { commentId: { in: ids } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, commentId: true, action: true, fromStatus: true, toStatus: true, reason: true, note: true, createdAt: true, actor: { select: { name: true } } },
    }),
  ]);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const parentById = new Map(parents.map((p) => [p.id, p]));
  const counts = new Map<string, { approved: number; rejected: number }>();
  for (const h of history) {
    const entry = counts.get(h.authorEmail) ?? { approved: 0, rejected: 0 };
    if (h.status === "APPROVED") entry.approved = h._count._all;
    else if (h.status === "REJECTED") entry.rejected = h._count._all;
    counts.set(h.authorEmail, entry);
  }
  const reportsOf = new Map<number, Map<string, number>>();
  for (const r of reports) {
    const m = reportsOf.get(r.commentId) ?? new Map<string, number>();
    m.set(r.reason, (m.get(r.reason) ?? 0) + 1);
    reportsOf.set(r.commentId, m);
  }
  const actionsOf = new Map<number, typeof actions>();
  for (const a of actions) actionsOf.set(a.commentId, [...(actionsOf.get(a.commentId) ?? []), a]);

  const cards = page.map((c) => ({
    id: c.id,
    authorName: c.authorName,
    authorEmail: c.authorEmail,
    body: c.body,
    status: c.status,
    createdAt: c.createdAt,
    reportCount: c.reportCount,
    article: articleById.get(c.articleId) ?? { id: c.articleId, title: `#${c.articleId}`, slug: "" },
    parent: c.parentId ? (parentById.get(c.parentId) ?? null) : null,
    heldReasons: heldReasonsOf(c.heldReasons),
    reports: [...(reportsOf.get(c.id) ?? new Map()).entries()].map(([reason, count]) => ({ reason, count })),
    commenter: counts.get(c.authorEmail) ?? { approved: 0, rejected: 0 },
    history: (actionsOf.get(c.id) ?? []).map((a) => ({
      id: a.id,
      action: a.action,
      from: a.fromStatus,
      to: a.toStatus,
      reason: a.reason,
      note: a.note,
      at: a.createdAt,
      by: a.actor?.name ?? null,
    })),
  }));
  return { cards, next };
}

export type DeskCard = Awaited<ReturnType<typeof listQueue>>["cards"][number];

const capped = (n: number, cap = COUNT_CAP): CappedCount => (n > cap ? { value: cap, more: true } : { value: n, more: false });

function countOrder(queue: QueueSlug, article?: number): Prisma.CommentOrderByWithRelationInput {
  // A capped count is a LIMIT subquery; ordering by the leading index column lets it read the index.
  if (queue === "reported") return { reportCount: "asc" };
  return article ? { articleId: "asc" } : { status: "asc" };
}

/** The tab numbers: every queue, scoped to the article when one is chosen (other filters are not applied). */
export async function countQueues(article?: number) {
  await authorize("comments.moderate");
  const counts = await Promise.all(
    QUEUE_SLUGS.map((queue) => db.comment.count({ where: { AND: queueWhere({ queue, article }) }, take: COUNT_CAP + 1, orderBy: countOrder(queue, article) })),
  );
  return Object.fromEntries(QUEUE_SLUGS.map((q, i) => [q, capped(counts[i])])) as Record<QueueSlug, CappedCount>;
}

/** How many comments match this queue and filter, up to what one "select all" may take. */
export async function countMatching(filters: DeskFilters): Promise<CappedCount> {
  await authorize("comments.moderate");
  const n = await db.comment.count({ where: { AND: queueWhere(filters) }, take: BULK_ALL_CAP + 1, orderBy: countOrder(filters.queue, filters.article) });
  return capped(n, BULK_ALL_CAP);
}

/** "All matching this filter", re-run on the server for a bulk action: ids and current statuses, capped. */
export async function listBulkTargets(filters: DeskFilters): Promise<{ id: number; expected: CommentStatus }[]> {
  await authorize("comments.moderate");
  const dir = filters.order === "oldest" ? "asc" : "desc";
  const rows = await db.comment.findMany({
    where: { AND: queueWhere(filters) },
    orderBy: [{ createdAt: dir }, { id: dir }],
    take: BULK_ALL_CAP,
    select: { id: true, status: true },
  });
  return rows.map((r) => ({ id: r.id, expected: r.status }));
}

/** The filter form's choices. */
export async function listDeskFilterOptions(article?: number) {
  await authorize("comments.moderate");
  const [sections, scoped] = await Promise.all([
    db.section.findMany({ where: { deletedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
    article ? db.article.findUnique({ where: { id: article }, select: { id: true, title: true, slug: true } }) : null,
  ]);
  return { sections, article: scoped };
}

/** The newest held comments for the overview page. */
export async function listLatestPending(take = 10) {
  await authorize("comments.moderate");
  return db.comment.findMany({
    where: { status: "PENDING" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, authorName: true, authorEmail: true, body: true, createdAt: true, article: { select: { title: true } } },
  });
}
