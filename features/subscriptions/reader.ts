/**
 * What a reader does with the links in our mails, without an account: confirm a thread subscription
 * (only the newest request's link, within 7 days), unsubscribe (any time, also by RFC 8058 one-click
 * POST). A bad token changes nothing and gets the same "invalid" answer whatever the id.
 */
import "server-only";
import { readConfirmToken, readManageToken, readUnsubscribeToken, unsubscribeToken } from "@/features/subscriptions/links";
import { db } from "@/lib/db";

type Article = { title: string; slug: string } | null;
export type ConfirmState = { state: "pending" | "confirmed" | "already" | "expired" | "invalid"; article: Article; newsletter?: boolean };
export type UnsubscribeState = { state: "active" | "unsubscribed" | "already" | "invalid"; article: Article; newsletter?: boolean };

async function articleOf(articleId: number | null): Promise<Article> {
  if (!articleId) return null;
  return db.article.findUnique({ where: { id: articleId }, select: { title: true, slug: true } });
}

async function findForConfirm(token: string) {
  const parsed = readConfirmToken(token);
  if (!parsed) return null;
  const sub = await db.subscription.findUnique({ where: { id: parsed.id }, select: { id: true, status: true, requestedAt: true, expiresAt: true, articleId: true, listKey: true } });
  return sub ? { sub, current: sub.requestedAt.getTime() === parsed.requestedAt } : null;
}

/** What the confirmation page shows before the reader presses the button (a GET never confirms: mail scanners open links). */
export async function confirmationState(token: string, now: Date): Promise<ConfirmState> {
  const found = await findForConfirm(token);
  if (!found) return { state: "invalid", article: null };
  const { sub, current } = found;
  const about = { article: await articleOf(sub.articleId), newsletter: sub.listKey === "newsletter" };
  if (sub.status === "CONFIRMED" && current) return { state: "already", ...about };
  if (sub.status !== "PENDING" || !current || (sub.expiresAt && sub.expiresAt <= now)) return { state: "expired", ...about };
  return { state: "pending", ...about };
}

export async function confirmSubscription(token: string, now: Date): Promise<ConfirmState> {
  const before = await confirmationState(token, now);
  if (before.state !== "pending") return before;
  const found = (await findForConfirm(token))!;
  // Guarded: only the request this link was made for, still pending.
  const { count } = await db.subscription.updateMany({
    where: { id: found.sub.id, status: "PENDING", requestedAt: found.sub.requestedAt },
    data: { status: "CONFIRMED", confirmedAt: now, expiresAt: null },
  });
  return count === 1 ? { ...before, state: "confirmed" } : confirmationState(token, now);
}

export async function unsubscribeState(token: string): Promise<UnsubscribeState> {
  const id = readUnsubscribeToken(token);
  const sub = id ? await db.subscription.findUnique({ where: { id }, select: { status: true, articleId: true, listKey: true } }) : null;
  if (!sub) return { state: "invalid", article: null };
  return { state: sub.status === "UNSUBSCRIBED" ? "already" : "active", article: await articleOf(sub.articleId), newsletter: sub.listKey === "newsletter" };
}

export async function unsubscribe(token: string, now: Date): Promise<UnsubscribeState> {
  const id = readUnsubscribeToken(token);
  if (!id) return { state: "invalid", article: null };
  const { count } = await db.subscription.updateMany({ where: { id, status: { in: ["PENDING", "CONFIRMED"] } }, data: { status: "UNSUBSCRIBED", unsubscribedAt: now, expiresAt: null } });
  const after = await unsubscribeState(token);
  return count === 1 ? { ...after, state: "unsubscribed" } : after;
}

/** The manage page: a person's subscriptions, by the signed link in every notification. */
export async function subscriptionsOf(token: string) {
  const subscriberId = readManageToken(token);
  if (!subscriberId) return null;
  const subscriber = await db.subscriber.findUnique({
    where: { id: subscriberId },
    select: {
      email: true,
      subscriptions: {
        where: { status: { in: ["PENDING", "CONFIRMED"] } },
        orderBy: { requestedAt: "desc" },
        select: { id: true, listKey: true, status: true, articleId: true, digest: true },
      },
    },
  });
  if (!subscriber) return null;
  const articleIds = subscriber.subscriptions.map((s) => s.articleId).filter((id): id is number => id !== null);
  const articles = new Map((await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, slug: true } })).map((a) => [a.id, a]));
  return {
    email: subscriber.email,
    subscriptions: subscriber.subscriptions.map((s) => ({
      id: s.id,
      status: s.status,
      newsletter: s.listKey === "newsletter",
      digest: s.digest,
      article: s.articleId ? (articles.get(s.articleId) ?? null) : null,
      unsubscribeToken: unsubscribeToken(s.id),
    })),
  };
}

/**
 * From the manage page: a thread subscription's notices come at once or as a daily digest. Only the
 * person the signed link names can change their own subscriptions. Switching to the digest starts it
 * from now (the notices so far were sent one by one).
 */
export async function setDigest(manageTokenValue: string, subscriptionId: number, digest: boolean, now: Date): Promise<boolean> {
  const subscriberId = readManageToken(manageTokenValue);
  if (!subscriberId) return false;
  const { count } = await db.subscription.updateMany({
    where: { id: subscriptionId, subscriberId, articleId: { not: null }, status: { in: ["PENDING", "CONFIRMED"] }, digest: !digest },
    data: digest ? { digest: true, digestSentAt: now } : { digest: false },
  });
  return count === 1;
}
