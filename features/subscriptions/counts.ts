/**
 * The subscription counts (subscribers, subscriptions per status, confirmed newsletter subscriptions):
 * the subscriptions page's header and the dashboard home's figures. Counting 1,000,000 subscriptions by
 * status takes most of a second on SQLite, so they are kept for a minute per instance (and dropped by
 * this instance's own changes), then refreshed in the background. No authorization here: the callers
 * authorize (features/subscriptions/queries.ts, the dashboard home), and the background jobs warm it.
 */
import "server-only";
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
    // first load (done when the instance starts, lib/background-jobs.ts) and the first after this
    // instance's own change are waited for.
    { refreshInBackground: true },
  );
}
