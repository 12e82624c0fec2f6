/**
 * Audit log reads (ADMIN only, "audit.view"). The log only grows, so pages are cut by keyset on
 * (createdAt desc, id desc) along the index [createdAt, id]: page 500 costs what page 1 does, and
 * rows written while someone pages never shift or repeat entries.
 */
import "server-only";
import type { AuditFilters } from "@/features/audit/search-params";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { containsText } from "@/lib/text-search";

export const AUDIT_PAGE_SIZE = 50;

export async function listAuditLog({ action, actorId, targetType, q, cursor }: AuditFilters = {}) {
  await authorize("audit.view");
  const rows = await db.auditLog.findMany({
    where: {
      ...(action ? { action } : {}),
      ...(actorId ? { actorId } : {}),
      ...(targetType ? { targetType } : {}),
      ...(q ? { summary: containsText(q) } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
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

/** The filter form's choices: every action that occurs in the log, and everyone who acted. */
export async function listAuditFilterOptions() {
  await authorize("audit.view");
  const [actions, actors] = await Promise.all([
    db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.user.findMany({ where: { auditEntries: { some: {} } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } }),
  ]);
  return { actions: actions.map((a) => a.action), actors };
}
