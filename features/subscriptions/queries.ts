/**
 * The subscriptions dashboard's header figures. Counting 1,000,000 subscriptions by status takes most
 * of a second on SQLite, so the subscription counts are kept for a minute per instance (and dropped
 * by this instance's own changes), then refreshed in the background; the outbox counts are index
 * ranges and always fresh.
 */
import "server-only";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { forget, memo } from "@/lib/memo";

export const COUNTS_TTL_MS = 60_000;
const COUNTS_KEY = "subscriptions:counts";

/** A change made here (an erasure, an ended subscription): the next page load counts afresh. */
export function forgetSubscriptionCounts() {
  forget(COUNTS_KEY);
}

/** Subscribers, subscriptions per status and confirmed newsletter subscriptions (also the dashboard home's figures). */
export function subscriptionCounts(nowMs = Date.now()) {
  return memo(
    COUNTS_KEY,
    COUNTS_TTL_MS,
    async () => {
      const [subscribers, byStatus, newsletter] = await Promise.all([
        db.subscriber.count(),
        db.subscription.groupBy({ by: ["status"], _count: { _all: true } }),
        db.subscription.count({ where: { listKey: "newsletter", status: "CONFIRMED" } }),
      ]);
      return { subscribers, byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Record<string, number>, newsletter };
    },
    nowMs,
    // Past the minute, the old figures are shown once more while the new ones are counted: only the
    // first view (and the first after this instance's own change) waits for the ~0.5 s count.
    { refreshInBackground: true },
  );
}

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
