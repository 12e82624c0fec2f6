/**
 * The subscriptions dashboard's header figures. Counting 1,000,000 subscriptions by status takes most
 * of a second on SQLite, so the subscription counts are kept for a minute per instance (and dropped
 * by this instance's own changes); the outbox counts are index ranges and always fresh.
 */
import "server-only";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";

type Counts = { subscribers: number; byStatus: Record<string, number>; newsletter: number; countedAt: Date };

declare global {
  var __newsdeskSubscriptionCounts: Counts | undefined;
}

export const COUNTS_TTL_MS = 60_000;

/** A change made here (an erasure, an ended subscription): the next page load counts afresh. */
export function forgetSubscriptionCounts() {
  globalThis.__newsdeskSubscriptionCounts = undefined;
}

async function subscriptionCounts(nowMs: number): Promise<Counts> {
  const cached = globalThis.__newsdeskSubscriptionCounts;
  if (cached && nowMs - cached.countedAt.getTime() < COUNTS_TTL_MS) return cached;
  const [subscribers, byStatus, newsletter] = await Promise.all([
    db.subscriber.count(),
    db.subscription.groupBy({ by: ["status"], _count: { _all: true } }),
    db.subscription.count({ where: { listKey: "newsletter", status: "CONFIRMED" } }),
  ]);
  const counts = { subscribers, byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])), newsletter, countedAt: new Date(nowMs) };
  globalThis.__newsdeskSubscriptionCounts = counts;
  return counts;
}

export async function getSubscriptionOverview(nowMs = Date.now()) {
  await authorize("subscriptions.manage");
  const [counts, outboxQueued, outboxFailed] = await Promise.all([
    subscriptionCounts(nowMs),
    db.outboxMail.count({ where: { status: { in: ["QUEUED", "SENDING"] } } }),
    db.outboxMail.count({ where: { status: "FAILED" } }),
  ]);
  return { ...counts, outboxQueued, outboxFailed };
}
