/**
 * Thread subscriptions ("Abonnieren" under an article, double opt-in). Requesting one keeps its proof
 * (time, consent version, salted IP hash) and queues the confirmation mail in the same transaction.
 * One row per person and thread: signing up again refreshes the pending request instead of adding one,
 * at most one confirmation mail per RESEND_AFTER_MS, and the answer never depends on whether the
 * address was known.
 */
import "server-only";
import { THREAD_CONSENT_VERSION, mailTranslator, threadConfirmMail } from "@/features/subscriptions/mails";
import type { Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";

export const PENDING_DAYS = 7;
export const RESEND_AFTER_MS = 10 * 60_000;

export const threadListKey = (articleId: number) => `thread:${articleId}`;

/** Returns true when a confirmation mail was queued. */
export async function requestThreadSubscription(tx: Tx, p: { email: string; article: { id: number; title: string }; ipHash: string; now: Date }): Promise<boolean> {
  const subscriber = await tx.subscriber.upsert({ where: { email: p.email }, create: { email: p.email }, update: {}, select: { id: true } });
  const listKey = threadListKey(p.article.id);
  const existing = await tx.subscription.findUnique({
    where: { subscriberId_listKey: { subscriberId: subscriber.id, listKey } },
    select: { id: true, status: true, requestedAt: true },
  });
  if (existing?.status === "CONFIRMED") return false; // already subscribed: nothing changes, same answer
  if (existing?.status === "PENDING" && p.now.getTime() - existing.requestedAt.getTime() < RESEND_AFTER_MS) return false; // the last mail is on its way
  const pending = {
    status: "PENDING" as const,
    consentVersion: THREAD_CONSENT_VERSION,
    requestedAt: p.now,
    requestIpHash: p.ipHash,
    expiresAt: new Date(p.now.getTime() + PENDING_DAYS * 24 * 3600_000),
    confirmedAt: null,
    unsubscribedAt: null,
  };
  const subscription = existing
    ? await tx.subscription.update({ where: { id: existing.id }, data: pending, select: { id: true } })
    : await tx.subscription.create({ data: { subscriberId: subscriber.id, listKey, articleId: p.article.id, ...pending }, select: { id: true } });
  const t = await mailTranslator();
  await enqueueMail(tx, threadConfirmMail(t, { to: p.email, subscriberId: subscriber.id, subscriptionId: subscription.id, requestedAt: p.now, articleTitle: p.article.title }), p.now);
  return true;
}
