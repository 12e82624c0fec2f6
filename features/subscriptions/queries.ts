/**
 * The subscriptions dashboard's header figures: the subscription counts kept per instance
 * (features/subscriptions/counts.ts); the outbox counts are index ranges and always fresh.
 */
import "server-only";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { subscriptionCounts } from "@/features/subscriptions/counts";

export async function getSubscriptionOverview(nowMs = Date.now()) {
  await authorize("subscriptions.manage");
  // One statement for both outbox figures: a range of the [status, …] index, grouped.
  const [counts, outbox] = await Promise.all([
    subscriptionCounts(nowMs),
    db.outboxMail.groupBy({ by: ["status"], where: { status: { in: ["QUEUED", "SENDING", "FAILED"] } }, _count: { _all: true } }),
  ]);
  const of = (status: string) => outbox.find((g) => g.status === status)?._count._all ?? 0;
  return { ...counts, outboxQueued: of("QUEUED") + of("SENDING"), outboxFailed: of("FAILED") };
}
