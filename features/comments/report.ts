/**
 * "Melden" on a shown comment (public, no session): a CommentReport row, the comment's open-report count
 * and a REPORT moderation action, in one transaction. One report per IP hash and comment (a repeat
 * answers like the first), and a per-IP limit against scripted reporting.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { liveArticleWhere } from "@/features/articles/live";
import type { ActionResult } from "@/lib/action";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { hit } from "@/lib/rate-limit";
import { requestIpHash } from "@/lib/request-ip";

export const REPORT_REASONS = ["OFFENSIVE", "PERSONAL_ATTACK", "SPAM", "ADVERTISING", "OFF_TOPIC", "ILLEGAL", "OTHER"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];
export const REPORT_LIMIT = { max: 10, windowMs: 10 * 60_000 };

const schema = z.object({
  commentId: z.coerce.number().int().positive().max(2_147_483_647),
  reason: z.enum(REPORT_REASONS, "reasonRequired"),
  note: z.string().trim().max(500, "noteTooLong").default(""),
});

export async function reportComment(raw: unknown): Promise<ActionResult<{ slug: string; commentId: number }>> {
  const t = await getTranslations("readerComments.errors");
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, codes] of Object.entries(flat)) fieldErrors[field] = codes.map((c) => (c === "reasonRequired" || c === "noteTooLong" ? t(c) : t("invalid")));
    return { ok: false, message: t("invalid"), fieldErrors };
  }
  const { commentId, reason, note } = parsed.data;
  try {
    const at = await now();
    const comment = await db.comment.findFirst({
      where: { id: commentId, status: "APPROVED", article: liveArticleWhere(at) },
      select: { id: true, status: true, article: { select: { slug: true } } },
    });
    if (!comment) return { ok: false, message: t("commentUnknown") };
    const done = { ok: true as const, data: { slug: comment.article.slug, commentId } };
    const ipHash = await requestIpHash();
    if ((await hit({ key: `comment-report:${ipHash}`, windowMs: REPORT_LIMIT.windowMs }, at)) > REPORT_LIMIT.max) return { ok: false, message: t("rateLimited") };
    await db.$transaction(async (tx) => {
      // Checked inside the transaction; two reports from one address in the same instant may both count.
      if (await tx.commentReport.findFirst({ where: { commentId, ipHash }, select: { id: true } })) return;
      await tx.commentReport.create({ data: { commentId, reason, note: note || null, ipHash, createdAt: at } });
      await tx.comment.update({ where: { id: commentId }, data: { reportCount: { increment: 1 }, lastReportedAt: at } });
      await tx.moderationAction.create({
        data: { commentId, actorId: null, action: "REPORT", fromStatus: comment.status, toStatus: comment.status, reason, note: note || null, createdAt: at },
      });
    });
    return done;
  } catch (error) {
    console.error("reportComment failed", error);
    return { ok: false, message: t("unexpected") };
  }
}
