/**
 * Audit log reads (ADMIN only, "audit.view"). The log only grows, so pages are cut by keyset on
 * (createdAt desc, id desc) along the index [createdAt, id]: page 500 costs what page 1 does, and
 * rows written while someone pages never shift or repeat entries.
 */
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AUDIT_SEARCH_WINDOW, type AuditCursor, type AuditFilters } from "@/features/audit/search-params";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { containsText } from "@/lib/text-search";

export const AUDIT_PAGE_SIZE = 50;

const NEWEST_FIRST = [{ createdAt: "desc" as const }, { id: "desc" as const }];

/** Entries at or after `edge` in time, the edge included (in the list's order: the edge and all above it). */
const fromEdge = (edge: AuditCursor): Prisma.AuditLogWhereInput => ({
  // The plain range first: with only the OR, SQLite walks the whole [createdAt, id] index instead of stopping at the edge.
  createdAt: { gte: edge.createdAt },
  OR: [{ createdAt: { gt: edge.createdAt } }, { id: { gte: edge.id } }],
});
/** Entries after `cursor` in the list's order (older than it). */
const afterCursor = (cursor: AuditCursor): Prisma.AuditLogWhereInput => ({ OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] });

export async function listAuditLog({ action, actorId, targetType, q, cursor }: AuditFilters = {}) {
  await authorize("audit.view");
  const view: Prisma.AuditLogWhereInput = { ...(action ? { action } : {}), ...(actorId ? { actorId } : {}), ...(targetType ? { targetType } : {}) };
  // The search window's oldest entry, found along the view's index; null when the view is smaller.
  const edge = q ? await db.auditLog.findFirst({ where: view, orderBy: NEWEST_FIRST, skip: AUDIT_SEARCH_WINDOW - 1, select: { createdAt: true, id: true } }) : null;
  const rows = await db.auditLog.findMany({
    where: {
      ...view,
      AND: [...(q ? [{ summary: containsText(q) }] : []), ...(edge ? [fromEdge(edge)] : []), ...(cursor ? [afterCursor(cursor)] : [])],
    },
    orderBy: NEWEST_FIRST,
    take: AUDIT_PAGE_SIZE + 1,
    // `data` stays out: it is for investigation in the database, not for the list.
    select: { id: true, createdAt: true, action: true, targetType: true, targetId: true, summary: true, actor: { select: { id: true, name: true } } },
  });
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const entries = hasMore ? rows.slice(0, AUDIT_PAGE_SIZE) : rows;
  const last = entries[entries.length - 1];
  return { entries, next: hasMore ? { createdAt: last.createdAt, id: last.id } : null };
}

export type AuditEntryRow = Awaited<ReturnType<typeof listAuditLog>>["entries"][number];

/**
 * The filter form's choices: every action that occurs in the log, and everyone who acted. The actions
 * are read by skipping along the [action, createdAt] index, one lookup per distinct action, instead of
 * grouping the whole log (~0.4 s per page view at 3,000,000 entries).
 */
export async function listAuditFilterOptions() {
  await authorize("audit.view");
  const [actions, actors] = await Promise.all([
    db.$queryRaw<{ action: string }[]>`
      WITH RECURSIVE "seen"("action") AS (
        SELECT MIN("action") FROM "AuditLog"
        UNION ALL
        SELECT (SELECT MIN(l."action") FROM "AuditLog" l WHERE l."action" > "seen"."action") FROM "seen" WHERE "seen"."action" IS NOT NULL
      )
      SELECT "action" FROM "seen" WHERE "action" IS NOT NULL ORDER BY "action"`,
    db.user.findMany({ where: { auditEntries: { some: {} } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
  ]);
  return { actions: actions.map((a) => a.action), actors };
}
