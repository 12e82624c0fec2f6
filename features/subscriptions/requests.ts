/**
 * Subscription requests (double opt-in), for a comment thread ("Abonnieren" under an article) or the
 * newsletter. A request keeps its proof (time, consent version, salted IP hash) and queues the
 * confirmation mail in the same transaction. One row per person and list: signing up again refreshes
 * the pending request instead of adding one, at most one confirmation mail per RESEND_AFTER_MS, and
 * the answer never depends on whether the address was known.
 */
import "server-only";
import { NEWSLETTER_CONSENT_VERSION, THREAD_CONSENT_VERSION, mailTranslator, newsletterConfirmMail, threadConfirmMail } from "@/features/subscriptions/mails";
import type { Tx } from "@/lib/db";
import { enqueueMail, type MailInput } from "@/lib/mail/outbox";

export const PENDING_DAYS = 7;
export const RESEND_AFTER_MS = 10 * 60_000;
export const NEWSLETTER = "newsletter";

export const threadListKey = (articleId: number) => `thread:${articleId}`;

type Request = { email: string; ipHash: string; now: Date };
type List = { listKey: string; articleId: number | null; consentVersion: string; mail: (p: { subscriberId: number; subscriptionId: number }) => Promise<MailInput> };

/** Returns true when a confirmation mail was queued. */
async function requestSubscription(tx: Tx, p: Request, list: List): Promise<boolean> {
  const subscriber = await tx.subscriber.upsert({ where: { email: p.email }, create: { email: p.email }, update: {}, select: { id: true } });
  const existing = await tx.subscription.findUnique({
    where: { subscriberId_listKey: { subscriberId: subscriber.id, listKey: list.listKey } },
    select: { id: true, status: true, requestedAt: true },
  });
  if (existing?.status === "CONFIRMED") return false; // already subscribed: nothing changes, same answer
  if (existing?.status === "PENDING" && p.now.getTime() - existing.requestedAt.getTime() < RESEND_AFTER_MS) return false; // the last mail is on its way
  const pending = {
    status: "PENDING" as const,
    consentVersion: list.consentVersion,
    requestedAt: p.now,
    requestIpHash: p.ipHash,
    expiresAt: new Date(p.now.getTime() + PENDING_DAYS * 24 * 3600_000),
    confirmedAt: null,
    unsubscribedAt: null,
  };
  const subscription = existing
    ? await tx.subscription.update({ where: { id: existing.id }, data: pending, select: { id: true } })
    : await tx.subscription.create({ data: { subscriberId: subscriber.id, listKey: list.listKey, articleId: list.articleId, ...pending }, select: { id: true } });
  await enqueueMail(tx, await list.mail({ subscriberId: subscriber.id, subscriptionId: subscription.id }), p.now);
  return true;
}

export function requestThreadSubscription(tx: Tx, p: Request & { article: { id: number; title: string } }) {
  return requestSubscription(tx, p, {
    listKey: threadListKey(p.article.id),
    articleId: p.article.id,
    consentVersion: THREAD_CONSENT_VERSION,
    mail: async (ids) => threadConfirmMail(await mailTranslator(), { to: p.email, ...ids, requestedAt: p.now, articleTitle: p.article.title }),
  });
}

export function requestNewsletterSubscription(tx: Tx, p: Request) {
  return requestSubscription(tx, p, {
    listKey: NEWSLETTER,
    articleId: null,
    consentVersion: NEWSLETTER_CONSENT_VERSION,
    mail: async (ids) => newsletterConfirmMail(await mailTranslator(), { to: p.email, ...ids, requestedAt: p.now }),
  });
}
