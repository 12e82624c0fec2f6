/**
 * "Abonnieren" under an article: a pending thread subscription (double opt-in). One row per person and
 * thread, so signing up again refreshes the pending request instead of adding one; the answer never
 * depends on whether the address was known.
 */
import "server-only";
import type { Tx } from "@/lib/db";

export const THREAD_CONSENT_VERSION = "2026-11";
const PENDING_DAYS = 7;

export const threadListKey = (articleId: number) => `thread:${articleId}`;

export async function requestThreadSubscription(tx: Tx, p: { email: string; articleId: number; ipHash: string; now: Date }) {
  const subscriber = await tx.subscriber.upsert({ where: { email: p.email }, create: { email: p.email }, update: {}, select: { id: true } });
  const listKey = threadListKey(p.articleId);
  const expiresAt = new Date(p.now.getTime() + PENDING_DAYS * 24 * 3600_000);
  const pending = { status: "PENDING" as const, consentVersion: THREAD_CONSENT_VERSION, requestedAt: p.now, requestIpHash: p.ipHash, expiresAt };
  const existing = await tx.subscription.findUnique({ where: { subscriberId_listKey: { subscriberId: subscriber.id, listKey } }, select: { id: true, status: true } });
  if (existing?.status === "CONFIRMED") return; // already subscribed: nothing changes, same answer
  if (existing) {
    await tx.subscription.update({ where: { id: existing.id }, data: { ...pending, unsubscribedAt: null } });
  } else {
    await tx.subscription.create({ data: { subscriberId: subscriber.id, listKey, articleId: p.articleId, ...pending } });
  }
  // The confirmation mail is queued here, in this same transaction, as an OutboxMail row (kind "confirm",
  // dedupeKey per subscription and request) once the subscriptions issue adds the opt-in mails.
}
