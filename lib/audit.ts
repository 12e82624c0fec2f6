/** Append-only audit rows: written inside the same transaction as the decision they record. */
import "server-only";
import type { Tx } from "@/lib/db";

export type AuditEntry = {
  actorId: number | null;
  action: string;
  targetType?: string;
  targetId?: string | number;
  summary: string;
  data?: Record<string, unknown>;
};

export async function audit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId === undefined ? undefined : String(entry.targetId),
      summary: entry.summary.slice(0, 500),
      data: entry.data as object | undefined,
    },
  });
}
