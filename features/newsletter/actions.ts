"use server";
/**
 * The newsletter's actions (EDITOR, ADMIN): save a draft (new, or over the version it was opened at),
 * and send it. Sending only marks the issue SENDING with its recipient count, in one guarded update,
 * so a double click or a second editor cannot send an issue twice; the fan-out job queues the mails.
 */
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { NEWSLETTER_LIST, articleIdsOf, issueArticles } from "@/features/newsletter/fan-out";
import { idSchema, issueSchema, type IssueInput } from "@/features/newsletter/schemas";
import { ActionError, staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { kickNewsletterFanOut } from "@/lib/background-jobs";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";

const tr = () => getTranslations("newsletter.result");

async function checkArticles(input: IssueInput, at: Date) {
  const live = await issueArticles(input.articleIds, at);
  if (live.length !== input.articleIds.length) throw new ActionError((await tr())("articlesGone"), { articleIds: [(await tr())("articlesGone")] });
}

/** Creates or updates a draft; answers with its id and new version. */
export const saveIssue = staffAction("newsletter.manage", issueSchema, async (input, actor): Promise<ActionResult<{ id: number; version: number }>> => {
  const t = await tr();
  const at = await now();
  await checkArticles(input, at);
  const data = { subject: input.subject, intro: input.intro, articleIds: input.articleIds };
  const saved = await db.$transaction(async (tx) => {
    if (!input.id) {
      const created = await tx.newsletterIssue.create({ data: { ...data, createdById: actor.id }, select: { id: true, version: true } });
      await audit(tx, { actorId: actor.id, action: "newsletter.create", targetType: "newsletter", targetId: created.id, summary: `created newsletter draft #${created.id} "${input.subject}"` });
      return created;
    }
    const { count } = await tx.newsletterIssue.updateMany({ where: { id: input.id, status: "DRAFT", version: input.version ?? 0 }, data: { ...data, version: { increment: 1 } } });
    if (count === 0) {
      const current = await tx.newsletterIssue.findUnique({ where: { id: input.id }, select: { status: true } });
      throw new ActionError(!current ? t("notFound") : current.status !== "DRAFT" ? t("alreadySent") : t("stale"));
    }
    await audit(tx, { actorId: actor.id, action: "newsletter.update", targetType: "newsletter", targetId: input.id, summary: `saved newsletter draft #${input.id}` });
    return tx.newsletterIssue.findUniqueOrThrow({ where: { id: input.id }, select: { id: true, version: true } });
  });
  revalidatePath("/admin/newsletter", "layout");
  return { ok: true, message: t("saved"), data: saved };
});

/** Sends a saved draft (the version the editor saw) to every confirmed newsletter subscriber. */
export async function sendIssue(id: number, version: number): Promise<ActionResult> {
  return staffAction("newsletter.manage", idSchema.extend({ version: issueSchema.shape.version.unwrap() }), async ({ id, version }, actor) => {
    const t = await tr();
    const at = await now();
    await db.$transaction(async (tx) => {
      const issue = await tx.newsletterIssue.findUnique({ where: { id }, select: { status: true, version: true, subject: true, intro: true, articleIds: true } });
      if (!issue) throw new ActionError(t("notFound"));
      if (issue.status !== "DRAFT") throw new ActionError(t("alreadySent"));
      if (issue.version !== version) throw new ActionError(t("stale"));
      if ((await issueArticles(articleIdsOf(issue.articleIds), at)).length === 0) throw new ActionError(t("articlesGone"));
      const recipients = await tx.subscription.count({ where: { listKey: NEWSLETTER_LIST, status: "CONFIRMED" } });
      if (recipients === 0) throw new ActionError(t("noRecipients"));
      const { count } = await tx.newsletterIssue.updateMany({
        where: { id, status: "DRAFT", version },
        data: { status: "SENDING", sendStartedAt: at, sentById: actor.id, recipients, cursor: 0, queued: 0 },
      });
      if (count === 0) throw new ActionError(t("alreadySent"));
      await audit(tx, { actorId: actor.id, action: "newsletter.send", targetType: "newsletter", targetId: id, summary: `sent newsletter #${id} "${issue.subject}" to ${recipients} subscribers` });
    });
    kickNewsletterFanOut();
    revalidatePath("/admin/newsletter", "layout");
    return { ok: true, message: t("sending") };
  })({ id, version });
}
