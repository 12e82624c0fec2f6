/** Subscription reads for the dashboard (the subscriptions issue adds the list, search and export). */
import "server-only";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function getSubscriptionOverview() {
  await authorize("subscriptions.manage");
  const [subscribers, byStatus, newsletter, outboxQueued, outboxFailed] = await Promise.all([
    db.subscriber.count(),
    db.subscription.groupBy({ by: ["status"], _count: { _all: true } }),
    db.subscription.count({ where: { listKey: "newsletter", status: "CONFIRMED" } }),
    db.outboxMail.count({ where: { status: { in: ["QUEUED", "SENDING"] } } }),
    db.outboxMail.count({ where: { status: "FAILED" } }),
  ]);
  return {
    subscribers,
    byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s._count._all])) as Record<string, number>,
    newsletter,
    outboxQueued,
    outboxFailed,
  };
}
