"use server";
/**
 * The subscriptions dashboard's actions (MODERATOR, ADMIN): resend a confirmation, end a subscription,
 * erase a person (GDPR) and send a failed mail again (a booking mail only for those who may manage
 * ads). Each runs through staffAction, in one transaction with its audit row. Signatures fit `useActionState` (ids bound first).
 */
import { createHash } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { mailTranslator, threadConfirmMail } from "@/features/subscriptions/mails";
import { forgetSubscriptionCounts } from "@/features/subscriptions/counts";
import { AD_MAIL_KINDS } from "@/features/subscriptions/admin-queries";
import { PENDING_DAYS } from "@/features/subscriptions/requests";
import { ActionError, staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { AuthError, logDenied } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { kickMailSender } from "@/lib/mail/runner";
import { retryMail } from "@/lib/mail/sender";
import { can } from "@/lib/permissions";

const idSchema = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const t = () => getTranslations("subscriptions.admin.result");

function refresh() {
  forgetSubscriptionCounts();
  revalidatePath("/admin/subscriptions", "layout");
}

/** A pending thread subscription gets a fresh confirmation mail (and 7 more days); older links stop working. */
export async function resendConfirmation(id: number): Promise<ActionResult> {
  const tr = await t();
  return staffAction("subscriptions.manage", idSchema, async ({ id }, actor) => {
    const at = await now();
    await db.$transaction(async (tx) => {
      const sub = await tx.subscription.findUnique({ where: { id }, select: { id: true, status: true, articleId: true, subscriber: { select: { id: true, email: true } } } });
      if (!sub) throw new ActionError(tr("notFound"));
      if (sub.status !== "PENDING" || !sub.articleId) throw new ActionError(tr("notPending"));
      const article = await tx.article.findUnique({ where: { id: sub.articleId }, select: { title: true } });
      await tx.subscription.update({ where: { id }, data: { requestedAt: at, expiresAt: new Date(at.getTime() + PENDING_DAYS * 86_400_000) } });
      const mt = await mailTranslator();
      await enqueueMail(tx, threadConfirmMail(mt, { to: sub.subscriber.email, subscriberId: sub.subscriber.id, subscriptionId: id, requestedAt: at, articleTitle: article?.title ?? "" }), at);
      await audit(tx, { actorId: actor.id, action: "subscription.resend", targetType: "subscription", targetId: id, summary: `resent the confirmation of subscription #${id}` });
    });
    kickMailSender();
    refresh();
    return { ok: true, message: tr("resent") };
  })({ id });
}

export async function endSubscription(id: number): Promise<ActionResult> {
  const tr = await t();
  return staffAction("subscriptions.manage", idSchema, async ({ id }, actor) => {
    const at = await now();
    await db.$transaction(async (tx) => {
      const { count } = await tx.subscription.updateMany({ where: { id, status: { in: ["PENDING", "CONFIRMED"] } }, data: { status: "UNSUBSCRIBED", unsubscribedAt: at, expiresAt: null } });
      if (count === 0) throw new ActionError(tr("notActive"));
      await audit(tx, { actorId: actor.id, action: "subscription.end", targetType: "subscription", targetId: id, summary: `ended subscription #${id}` });
    });
    refresh();
    return { ok: true, message: tr("ended") };
  })({ id });
}

const eraseSchema = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647), confirm: z.string().trim().toLowerCase().max(320) });

/**
 * GDPR erasure: the person's subscriptions and their proof go, their mails are blanked, their comments
 * keep their text but lose name, e-mail and address hash. The audit row names the subscriber id and a
 * hash of the address (to answer "was X erased?"), never the address. The staff member types the
 * address to confirm.
 */
export async function erasePerson(id: number, _prev?: unknown, formData?: FormData): Promise<ActionResult> {
  const tr = await t();
  return staffAction("subscriptions.manage", eraseSchema, async ({ id, confirm }, actor) => {
    const result = await db.$transaction(async (tx) => {
      const subscriber = await tx.subscriber.findUnique({ where: { id }, select: { id: true, email: true } });
      if (!subscriber) throw new ActionError(tr("notFound"));
      if (confirm !== subscriber.email) throw new ActionError(tr("confirmMismatch"), { confirm: [tr("confirmMismatch")] });
      const tag = `geloescht-${subscriber.id}`;
      const comments = await tx.comment.updateMany({ where: { authorEmail: subscriber.email }, data: { authorName: "Gelöscht", authorEmail: `${tag}@invalid`, ipHash: tag } });
      await tx.outboxMail.updateMany({ where: { OR: [{ subscriberId: id }, { to: subscriber.email }] }, data: { to: `${tag}@invalid`, subject: "(gelöscht)", text: "", html: null, headers: undefined, subscriberId: null, status: "FAILED", lastError: "erased" } });
      const subscriptions = await tx.subscription.deleteMany({ where: { subscriberId: id } });
      await tx.subscriber.delete({ where: { id } });
      const emailHash = createHash("sha256").update(subscriber.email).digest("hex").slice(0, 16);
      await audit(tx, {
        actorId: actor.id,
        action: "subscriber.erase",
        targetType: "subscriber",
        targetId: id,
        summary: `erased subscriber #${id}: ${subscriptions.count} subscription(s) deleted, ${comments.count} comment(s) anonymised`,
        data: { emailSha256: emailHash, subscriptions: subscriptions.count, comments: comments.count },
      });
      return { subscriptions: subscriptions.count, comments: comments.count };
    });
    // No revalidation here: it would render this person's page again, which now answers 404; the form
    // shows the result and the way back (the list is rendered per request anyway).
    return { ok: true, message: tr("erased", result) };
  })({ id, confirm: formData?.get("confirm") ?? "" });
}

export async function retryOutboxMail(id: number): Promise<ActionResult> {
  const tr = await t();
  return staffAction("subscriptions.manage", idSchema, async ({ id }, actor) => {
    const at = await now();
    const done = await db.$transaction(async (tx) => {
      // A booking mail is not the subscription team's to see or send (see AD_MAIL_KINDS).
      const mail = await tx.outboxMail.findUnique({ where: { id }, select: { kind: true } });
      if (mail && AD_MAIL_KINDS.includes(mail.kind) && !can(actor, "ads.manage")) {
        logDenied(actor, "ads.manage");
        throw new AuthError("forbidden");
      }
      const ok = await retryMail(id, at, tx);
      if (ok) await audit(tx, { actorId: actor.id, action: "mail.retry", targetType: "mail", targetId: id, summary: `queued mail #${id} again` });
      return ok;
    });
    if (!done) throw new ActionError(tr("notRetryable"));
    kickMailSender();
    refresh();
    return { ok: true, message: tr("retried") };
  })({ id });
}
