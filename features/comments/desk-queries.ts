/**
 * The moderation desk's reads, written as SQL: each Prisma ORM statement costs ~1.5 ms of client CPU
 * (its query compiler) plus the mapping of its rows, a raw one ~0.3 ms, and a queue page needs eight.
 * A queue page is one keyset query along [status, createdAt, id] (or [articleId, status, createdAt, id]
 * when scoped to an article) that selects only the shown columns, plus one batched query each for the
 * page's articles, parents, open reports, commenter histories and decision histories: seven small
 * queries whatever the queue's size, and one for all tab counts, which stop at COUNT_CAP. Every value
 * is a bound parameter; the filter is built once (`queueConditions`) for the page, the counts and the
 * bulk action's "all matching".
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CommentStatus } from "@/generated/prisma/enums";
import { QUEUE_STATUS, QUEUE_SLUGS, SEARCH_WINDOW, encodeDeskCursor, type DeskFilters, type QueueSlug } from "@/features/comments/desk-params";
import { authorize } from "@/lib/auth/session";
import { cappedCount, cappedCountSql, type CappedCount } from "@/lib/capped-count";
import { db, sqlDate } from "@/lib/db";
import { env } from "@/lib/env";
import { sqlContains } from "@/lib/text-search";

export const DESK_PAGE_SIZE = 50;
export const COUNT_CAP = 1000;
export const BULK_ALL_CAP = 5000;


const sql = Prisma.sql;
const and = (conditions: Prisma.Sql[]) => Prisma.join(conditions, " AND ");

/** Which comments a queue holds, as SQL on "Comment" (the desk, and the queue sizes on the dashboard home). */
export function queueSql(queue: QueueSlug): Prisma.Sql {
  // "not DELETED" rather than a list of statuses: a status list makes SQLite walk the status index
  // (5,000,000 rows) instead of the few reported comments of the [reportCount, …] index.
  return queue === "reported" ? sql`"reportCount" > 0 AND "status" <> ${"DELETED"}` : sql`"status" = ${QUEUE_STATUS[queue]}`;
}

/**
 * The queue and its filters as SQL conditions on "Comment" (without the cursor). A text or name
 * search looks only at the view's newest SEARCH_WINDOW comments, given as a list of ids and with no
 * status condition beside it: SQLite then looks each listed id up by primary key instead of walking
 * the whole queue's index (a rare word on the approved queue: ~40 ms instead of seconds).
 */
function queueConditions(filters: Omit<DeskFilters, "order" | "cursor">): Prisma.Sql[] {
  const view = [queueSql(filters.queue)];
  const articleId = ledByReports(filters.queue) ? sql`+"articleId"` : sql`"articleId"`;
  if (filters.article) view.push(sql`${articleId} = ${filters.article}`);
  if (filters.section) view.push(sql`${articleId} IN (SELECT "id" FROM "Article" WHERE "sectionId" = ${filters.section})`);
  if (!filters.q && !filters.commenter) return view;
  const out = [sql`"id" IN (SELECT "id" FROM "Comment" WHERE ${and(view)} ORDER BY ${orderSql(filters.queue, true)} LIMIT ${SEARCH_WINDOW})`];
  if (filters.q) out.push(sqlContains(sql`"body"`, filters.q));
  if (filters.commenter) out.push(sql`(${sqlContains(sql`"authorName"`, filters.commenter)} OR ${sqlContains(sql`"authorEmail"`, filters.commenter.toLowerCase())})`);
  return out;
}

/**
 * The reported queue's few comments are found through their own index ([reportCount, …]) and then
 * sorted. SQLite keeps no statistics of the table, so left to itself it would rather walk the whole
 * [createdAt] index backwards to spare the sort, testing 5,000,000 comments for the one reported (2.5 s
 * on the bench database, two minutes with a cold cache), or, filtered by section, every comment of its
 * 35,000 articles (3 s). A unary + (a no-op in SQLite) keeps those columns' indexes out of the plan.
 * PostgreSQL plans from its statistics, and has no unary + for timestamps.
 */
const ledByReports = (queue: QueueSlug) => queue === "reported" && !env.isPostgres;

/** A queue's order: by time, then id. */
function orderSql(queue: QueueSlug, desc: boolean): Prisma.Sql {
  const time = ledByReports(queue) ? sql`+"createdAt"` : sql`"createdAt"`;
  return desc ? sql`${time} DESC, "id" DESC` : sql`${time} ASC, "id" ASC`;
}

/** Rows in the queue's order, from the cursor on (newest: descending time, then id). */
function pageConditions(filters: DeskFilters): { where: Prisma.Sql; order: Prisma.Sql } {
  const conditions = queueConditions(filters);
  const desc = filters.order !== "oldest";
  if (filters.cursor) {
    const at = new Date(filters.cursor.at);
    const id = filters.cursor.id;
    conditions.push(desc ? sql`("createdAt" < ${at} OR ("createdAt" = ${at} AND "id" < ${id}))` : sql`("createdAt" > ${at} OR ("createdAt" = ${at} AND "id" > ${id}))`);
  }
  return { where: and(conditions), order: orderSql(filters.queue, desc) };
}

const commentCount = (conditions: Prisma.Sql[], cap: number) => cappedCountSql(sql`"Comment"`, conditions, cap);

export type HeldReason = { code: string; detail?: string };

function heldReasonsOf(value: unknown): HeldReason[] {
  const parsed = typeof value === "string" ? safeJson(value) : value;
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((r): r is { code: string; detail?: unknown } => typeof r === "object" && r !== null && typeof (r as { code?: unknown }).code === "string")
    .map((r) => ({ code: r.code, ...(typeof r.detail === "string" ? { detail: r.detail } : {}) }));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const ids = (values: Iterable<number>) => Prisma.join([...values]);

type CardRow = {
  id: number;
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  body: string;
  status: CommentStatus;
  heldReasons: unknown;
  reportCount: number;
  createdAt: Date | string;
};
type ActionRow = {
  id: number;
  commentId: number;
  action: string;
  fromStatus: CommentStatus | null;
  toStatus: CommentStatus | null;
  reason: string | null;
  note: string | null;
  createdAt: Date | string;
  actorName: string | null;
};

/** The statement of a queue page's comments (one more than a page: is there a next one?). */
export function queuePageSql(filters: DeskFilters): Prisma.Sql {
  const { where, order } = pageConditions(filters);
  return sql`
    SELECT "id", "articleId", "parentId", "authorName", "authorEmail", "body", "status", "heldReasons", "reportCount", "createdAt"
    FROM "Comment" WHERE ${where} ORDER BY ${order} LIMIT ${DESK_PAGE_SIZE + 1}`;
}

/** One page of a queue with everything its cards show, and the opaque cursor of the next page. */
export async function listQueue(filters: DeskFilters) {
  await authorize("comments.moderate");
  const rows = await db.$queryRaw<CardRow[]>`${queuePageSql(filters)}`;
  const hasMore = rows.length > DESK_PAGE_SIZE;
  const page = (hasMore ? rows.slice(0, DESK_PAGE_SIZE) : rows).map((r) => ({ ...r, id: Number(r.id), articleId: Number(r.articleId), createdAt: sqlDate(r.createdAt) }));
  const last = page[page.length - 1];
  const next = hasMore ? encodeDeskCursor({ at: last.createdAt.toISOString(), id: last.id }) : null;
  if (page.length === 0) return { cards: [], next };

  const emails = [...new Set(page.map((c) => c.authorEmail).filter(Boolean))];
  const parentIds = [...new Set(page.map((c) => c.parentId).filter((id): id is number => id !== null))];
  const reported = page.filter((c) => c.reportCount > 0).map((c) => c.id);
  const [articles, parents, history, reports, actions] = await Promise.all([
    db.$queryRaw<{ id: number; title: string; slug: string }[]>`SELECT "id", "title", "slug" FROM "Article" WHERE "id" IN (${ids(new Set(page.map((c) => c.articleId)))})`,
    parentIds.length ? db.$queryRaw<{ id: number; authorName: string; body: string }[]>`SELECT "id", "authorName", "body" FROM "Comment" WHERE "id" IN (${ids(parentIds)})` : [],
    emails.length
      ? // By e-mail only (the [authorEmail, createdAt] index); a status condition here let SQLite pick the
        // status index and read millions of rows. Other statuses are ignored below.
        db.$queryRaw<{ authorEmail: string; status: CommentStatus; n: number | bigint }[]>`
          SELECT "authorEmail", "status", COUNT(*) AS "n" FROM "Comment" WHERE "authorEmail" IN (${Prisma.join(emails)}) GROUP BY "authorEmail", "status"`
      : [],
    reported.length
      ? db.$queryRaw<{ commentId: number; reason: string }[]>`SELECT "commentId", "reason" FROM "CommentReport" WHERE "commentId" IN (${ids(reported)}) AND "resolvedAt" IS NULL`
      : [],
    db.$queryRaw<ActionRow[]>`
      SELECT a."id", a."commentId", a."action", a."fromStatus", a."toStatus", a."reason", a."note", a."createdAt", u."name" AS "actorName"
      FROM "ModerationAction" a LEFT JOIN "User" u ON u."id" = a."actorId"
      WHERE a."commentId" IN (${ids(page.map((c) => c.id))})
      ORDER BY a."createdAt" ASC, a."id" ASC`,
  ]);
  const articleById = new Map(articles.map((a) => [Number(a.id), a]));
  const parentById = new Map(parents.map((p) => [Number(p.id), p]));
  const counts = new Map<string, { approved: number; rejected: number }>();
  for (const h of history) {
    const entry = counts.get(h.authorEmail) ?? { approved: 0, rejected: 0 };
    if (h.status === "APPROVED") entry.approved = Number(h.n);
    else if (h.status === "REJECTED") entry.rejected = Number(h.n);
    counts.set(h.authorEmail, entry);
  }
  const reportsOf = new Map<number, Map<string, number>>();
  for (const r of reports) {
    const m = reportsOf.get(Number(r.commentId)) ?? new Map<string, number>();
    m.set(r.reason, (m.get(r.reason) ?? 0) + 1);
    reportsOf.set(Number(r.commentId), m);
  }
  const actionsOf = new Map<number, ActionRow[]>();
  for (const a of actions) actionsOf.set(Number(a.commentId), [...(actionsOf.get(Number(a.commentId)) ?? []), a]);

  const cards = page.map((c) => ({
    id: c.id,
    authorName: c.authorName,
    authorEmail: c.authorEmail,
    body: c.body,
    status: c.status,
    createdAt: c.createdAt,
    reportCount: Number(c.reportCount),
    article: articleById.get(c.articleId) ?? { id: c.articleId, title: `#${c.articleId}`, slug: "" },
    parent: c.parentId ? (parentById.get(Number(c.parentId)) ?? null) : null,
    heldReasons: heldReasonsOf(c.heldReasons),
    reports: [...(reportsOf.get(c.id) ?? new Map<string, number>()).entries()].map(([reason, count]) => ({ reason, count })),
    commenter: counts.get(c.authorEmail) ?? { approved: 0, rejected: 0 },
    history: (actionsOf.get(c.id) ?? []).map((a) => ({
      id: Number(a.id),
      action: a.action,
      from: a.fromStatus,
      to: a.toStatus,
      reason: a.reason,
      note: a.note,
      at: sqlDate(a.createdAt),
      by: a.actorName,
    })),
  }));
  return { cards, next };
}

export type DeskCard = Awaited<ReturnType<typeof listQueue>>["cards"][number];


/** The tab numbers, in one statement: every queue, scoped to the article when one is chosen (other filters are not applied). */
export async function countQueues(article?: number) {
  await authorize("comments.moderate");
  const count = (queue: QueueSlug) => commentCount(queueConditions({ queue, article }), COUNT_CAP);
  const [row] = await db.$queryRaw<Record<QueueSlug, number | bigint>[]>`
    SELECT ${count("pending")} AS "pending", ${count("reported")} AS "reported", ${count("approved")} AS "approved",
      ${count("rejected")} AS "rejected", ${count("spam")} AS "spam", ${count("deleted")} AS "deleted"`;
  return Object.fromEntries(QUEUE_SLUGS.map((q) => [q, cappedCount(row[q], COUNT_CAP)])) as Record<QueueSlug, CappedCount>;
}

/** How many comments match this queue and filter, up to what one "select all" may take. */
export async function countMatching(filters: DeskFilters): Promise<CappedCount> {
  await authorize("comments.moderate");
  const [row] = await db.$queryRaw<{ n: number | bigint }[]>`SELECT ${commentCount(queueConditions(filters), BULK_ALL_CAP)} AS "n"`;
  return cappedCount(row.n, BULK_ALL_CAP);
}

/** "All matching this filter", re-run on the server for a bulk action: ids and current statuses, capped. */
export async function listBulkTargets(filters: DeskFilters): Promise<{ id: number; expected: CommentStatus }[]> {
  await authorize("comments.moderate");
  const { where, order } = pageConditions({ ...filters, cursor: undefined });
  const rows = await db.$queryRaw<{ id: number; status: CommentStatus }[]>`SELECT "id", "status" FROM "Comment" WHERE ${where} ORDER BY ${order} LIMIT ${BULK_ALL_CAP}`;
  return rows.map((r) => ({ id: Number(r.id), expected: r.status }));
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
