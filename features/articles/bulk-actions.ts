"use server";
/**
 * Bulk actions of the article list: publish, unpublish, archive, move to the trash and back. Every
 * article goes through the same rules as a single transition (workflow.ts: four eyes, allowed
 * states); the ones that may not are skipped and named in the result, the others change together in
 * one transaction with one audit row listing every id. Each change bumps the article's version, so an
 * editor who has it open gets the usual conflict instead of overwriting it.
 */
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { staffAction } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { revalidateArticlePages } from "@/features/articles/cache";
import { checkTransition, statusAfter, type ArticleStatus, type TransitionDenial, type WorkflowActor } from "@/features/articles/workflow";

const BULK_ACTIONS = ["publish", "unpublish", "archive", "trash", "untrash"] as const;
export type BulkArticleAction = (typeof BULK_ACTIONS)[number];
// Not exported: a "use server" module exports nothing but its actions.
const BULK_MAX = 500;

const bulkSchema = z.object({
  action: z.enum(BULK_ACTIONS),
  // A form sends one checked box as a single value, several as a list.
  ids: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.coerce.number().int().min(1).max(2_147_483_647)).min(1).max(BULK_MAX),
  ),
});

export type SkipReason = TransitionDenial | "notFound" | "inTrash" | "notInTrash" | "unchanged" | "conflict";
export type BulkResult = { done: number[]; skipped: { id: number; title: string | null; reason: SkipReason }[] };

type Current = { id: number; title: string; slug: string; status: ArticleStatus; authorId: number | null; version: number; publishAt: Date | null; unpublishAt: Date | null; deletedAt: Date | null };

/** What one article would become, or why it is skipped. */
function plan(article: Current, action: BulkArticleAction, actor: WorkflowActor, at: Date) {
  if (action === "trash") return article.deletedAt ? { skip: "inTrash" as const } : { data: { deletedAt: at }, to: article.status };
  if (action === "untrash") return article.deletedAt ? { data: { deletedAt: null }, to: article.status } : { skip: "notInTrash" as const };
  if (article.deletedAt) return { skip: "inTrash" as const };
  // Publishing what is already published or scheduled would only move its publish time: left alone.
  if (action === "publish" && (article.status === "PUBLISHED" || article.status === "SCHEDULED")) return { skip: "unchanged" as const };
  const denial = checkTransition(article, action, actor);
  if (denial) return { skip: denial };
  if (action === "publish") {
    // A planned time in the future is kept (the article becomes SCHEDULED), otherwise it goes live now.
    const publishAt = article.publishAt && article.publishAt > at ? article.publishAt : at;
    const unpublishAt = article.unpublishAt && article.unpublishAt > publishAt ? article.unpublishAt : null;
    return { data: { status: statusAfter("publish", publishAt, at), publishAt, unpublishAt }, to: statusAfter("publish", publishAt, at) };
  }
  const to = statusAfter(action, article.publishAt, at);
  return { data: action === "unpublish" ? { status: to, unpublishAt: null } : { status: to }, to };
}

export const bulkArticleAction = staffAction("articles.manage", bulkSchema, async ({ action, ids }, staff) => {
  const t = await getTranslations("articles.list.bulk");
  const at = await now();
  const unique = [...new Set(ids)];
  const { result, slugs } = await db.$transaction(async (tx) => {
    const rows: Current[] = await tx.article.findMany({
      where: { id: { in: unique } },
      select: { id: true, title: true, slug: true, status: true, authorId: true, version: true, publishAt: true, unpublishAt: true, deletedAt: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const result: BulkResult = { done: [], skipped: [] };
    const changes: { id: number; from: ArticleStatus; to: ArticleStatus; version: number }[] = [];
    const slugs: string[] = [];
    for (const id of unique) {
      const article = byId.get(id);
      if (!article) {
        result.skipped.push({ id, title: null, reason: "notFound" });
        continue;
      }
      const step = plan(article, action, staff, at);
      if ("skip" in step) {
        result.skipped.push({ id, title: article.title, reason: step.skip as SkipReason });
        continue;
      }
      // The version guard: an article someone changed since we read it is skipped, not overwritten.
      const updated = await tx.article.updateMany({ where: { id, version: article.version }, data: { ...step.data, version: { increment: 1 } } });
      if (updated.count === 0) {
        result.skipped.push({ id, title: article.title, reason: "conflict" });
        continue;
      }
      result.done.push(id);
      changes.push({ id, from: article.status, to: step.to, version: article.version + 1 });
      slugs.push(article.slug);
    }
    if (result.done.length > 0) {
      await audit(tx, {
        actorId: staff.id,
        action: `article.bulk.${action}`,
        targetType: "article",
        summary: t("auditSummary", { action, count: result.done.length }),
        data: { ids: result.done, changes, skipped: result.skipped.map(({ id, reason }) => ({ id, reason })) },
      });
    }
    return { result, slugs };
  });
  if (slugs.length > 0) {
    revalidateArticlePages(...slugs);
    revalidatePath("/admin/articles");
  }
  return { ok: result.done.length > 0 || result.skipped.length === 0, message: await describe(result, action), data: result };
});

/** "3 Artikel veröffentlicht. 1 übersprungen: „Titel“ (Grund)." — at most five skipped ones by name. */
async function describe(result: BulkResult, action: BulkArticleAction) {
  const t = await getTranslations("articles.list.bulk");
  const parts = [t(`done.${action}`, { count: result.done.length })];
  if (result.skipped.length > 0) {
    const named = result.skipped.slice(0, 5).map((s) => t("skippedItem", { title: s.title ?? `#${s.id}`, reason: t(`reasons.${s.reason}`) }));
    const more = result.skipped.length - named.length;
    parts.push(t("skipped", { count: result.skipped.length, list: named.join("; ") }) + (more > 0 ? ` ${t("skippedMore", { count: more })}` : ""));
  }
  return parts.join(" ");
}
