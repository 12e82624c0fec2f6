/**
 * Posting a reader comment (public, no session): format check, live and open article, one-level reply,
 * the rules pipeline, then one transaction for the comment, its first moderation action and the
 * article's approved count. Idempotent per form (Comment.idempotencyKey), limited per IP.
 */
import "server-only";
import { createHash } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { revalidateArticleComments } from "@/features/articles/cache";
import { liveArticleSql } from "@/features/articles/live";
import { loadRuleContext } from "@/features/comments/rules/context";
import { evaluateComment } from "@/features/comments/rules";
import { normalizeText } from "@/features/comments/rules/text";
import type { CommentModeValue, RuleOutcome } from "@/features/comments/rules/types";
import { insertActions } from "@/features/comments/moderation-sql";
import { postCommentSchema } from "@/features/comments/post-schema";
import { commentToken } from "@/features/comments/token";
import { kickThreadNotices, queueThreadNotices } from "@/features/subscriptions/notify";
import { requestThreadSubscription } from "@/features/subscriptions/requests";
import type { ActionResult } from "@/lib/action";
import { steadily } from "@/lib/steady-timing";
import { now } from "@/lib/clock";
import { db, isUniqueViolation, uniqueViolationTarget, type Tx } from "@/lib/db";
import { kickMailSender } from "@/lib/mail/runner";
import { hit, hitsSoFar, type Limit } from "@/lib/rate-limit";
import { requestIpHash } from "@/lib/request-ip";

export type CommentStatusValue = "APPROVED" | "PENDING" | "REJECTED";
export type PostCommentData =
  | { kind: "comment"; slug: string; id: number; status: CommentStatusValue; token: string; subscribed: boolean }
  | { kind: "subscribed"; slug: string }
  | { kind: "received"; slug: string }; // the honeypot's answer: looks like success, nothing stored

/** Scripted floods from one address: at most this many public comment posts per window. */
export const POST_LIMIT = { max: 20, windowMs: 10 * 60_000 };

const ACTION: Record<CommentStatusValue, string> = { APPROVED: "APPROVE", PENDING: "HOLD", REJECTED: "REJECT" };

/** A form's key, scoped to the commenter and the text: a key shared by cached copies of the form never mixes two people's posts. */
function storedKey(clientKey: string, p: { email: string; articleId: number; parentId?: number; body: string }) {
  if (!clientKey) return null;
  return createHash("sha256").update([clientKey, p.email, p.articleId, p.parentId ?? "", normalizeText(p.body)].join("\n")).digest("base64url");
}

export async function postComment(raw: unknown): Promise<ActionResult<PostCommentData>> {
  const t = await getTranslations("readerComments.errors");
  const parsed = postCommentSchema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const [field, codes] of Object.entries(z.flattenError(parsed.error).fieldErrors as Record<string, string[]>)) {
      fieldErrors[field] = codes.map((code) => (code in FIELD_CODES ? t(code as keyof typeof FIELD_CODES, { max: 20_000 }) : t("invalid")));
    }
    return { ok: false, message: t("invalid"), fieldErrors };
  }
  const input = parsed.data;
  try {
    const at = await now();
    const article = await liveArticle(input.articleId, at);
    if (!article) return { ok: false, message: t("articleUnknown") };
    if (article.commentMode === "CLOSED") return { ok: false, message: t("closed") };
    if (input.website.trim()) return { ok: true, data: { kind: "received", slug: article.slug } };

    const ipHash = await requestIpHash();
    const limit = { key: `comment-post:${ipHash}`, windowMs: POST_LIMIT.windowMs };
    if ((await hitsSoFar(limit, at)) >= POST_LIMIT.max) return { ok: false, message: t("rateLimited") };
    // Every post counts once: in the transaction that stores it (one commit, not two: each commit waits
    // for the disk), or on its own when it stores nothing (refused, a reply to nothing, a repeat).
    const posted = await storeWithinLimit(input, article, ipHash, at, limit, t);
    if (!posted.counted) await hit(limit, at);
    return posted.result;
  } catch (error) {
    console.error("postComment failed", error);
    return { ok: false, message: t("unexpected") };
  }
}

/** Thrown inside a post's transaction when the post is one too many for its address: nothing is stored. */
const OVER_LIMIT = new Error("comment post over the address limit");

type PostInput = z.infer<typeof postCommentSchema>;
type Posted = { result: ActionResult<PostCommentData>; counted: boolean };
type LiveArticle = NonNullable<Awaited<ReturnType<typeof liveArticle>>>;

async function storeWithinLimit(input: PostInput, article: LiveArticle, ipHash: string, at: Date, limit: Limit, t: T): Promise<Posted> {
  const uncounted = (result: ActionResult<PostCommentData>): Posted => ({ result, counted: false });
  /** The limit's count, in the transaction that stores the post: over the limit, nothing is stored. */
  const count = async (tx: Tx) => {
    if ((await hit(limit, at, tx)) > POST_LIMIT.max) throw OVER_LIMIT;
  };
  const overLimit: Posted = { result: { ok: false, message: t("rateLimited") }, counted: true };

  if (!input.body.trim()) {
    if (!input.subscribe) return uncounted(fieldResult(t, { body: [t("bodyRequired")], ...(input.email ? {} : { email: [t("emailRequired")] }) }));
    if (!input.email) return uncounted(fieldResult(t, { email: [t("emailRequired")] }));
    // In steady time, so the answer does not tell a known address from a new one.
    const email = input.email;
    try {
      await steadily(async () => {
        await withRetry(() =>
          db.$transaction(async (tx) => {
            await count(tx);
            await requestThreadSubscription(tx, { email, article, ipHash, now: at });
          }),
        );
        kickMailSender();
      });
    } catch (error) {
      if (error === OVER_LIMIT) return overLimit;
      throw error;
    }
    return { result: { ok: true, data: { kind: "subscribed", slug: article.slug } }, counted: true };
  }

  if (input.parentId) {
    const parent = await db.$queryRaw<unknown[]>`
      SELECT 1 AS "hit" FROM "Comment" WHERE "id" = ${input.parentId} AND "articleId" = ${article.id} AND "status" = 'APPROVED' AND "parentId" IS NULL`;
    if (!parent.length) return uncounted({ ok: false, message: t("parentInvalid") });
  }

  const key = storedKey(input.idempotencyKey, { ...input, articleId: article.id });
  const original = key ? await findByKey(key, article.slug) : null;
  if (original) return uncounted(original);

  const ctx = await loadRuleContext(db, article, at);
  const outcome = await evaluateComment({ name: input.name, email: input.email, body: input.body, honeypot: input.website, subscribe: input.subscribe, ipHash }, ctx);
  if (outcome.kind !== "ACCEPTED") {
    // A copy of this form that committed a moment ago makes this one look like a flood or a duplicate.
    const committed = key && outcome.kind === "REFUSED" ? await findByKey(key, article.slug) : null;
    return uncounted(committed ?? refusal(t, outcome, ctx.settings));
  }

  let id: number;
  try {
    id = await withRetry(() =>
      db.$transaction(async (tx) => {
        await count(tx);
        // Decided by the rules (published or rejected): the digest finds it by decidedAt.
        const [row] = await tx.$queryRaw<{ id: number | bigint }[]>`
          INSERT INTO "Comment" ("articleId", "parentId", "authorName", "authorEmail", "ipHash", "body", "status", "heldReasons", "idempotencyKey", "createdAt", "updatedAt", "decidedAt")
          VALUES (${article.id}, ${input.parentId ?? null}, ${input.name}, ${input.email}, ${ipHash}, ${input.body}, ${outcome.status},
            ${outcome.heldReasons.length ? JSON.stringify(outcome.heldReasons) : null}, ${key}, ${at}, ${at},
            ${outcome.status === "PENDING" ? null : at})
          RETURNING "id"`;
        const commentId = Number(row.id);
        await insertActions(tx, [
          { commentId, actorId: null, action: ACTION[outcome.status], fromStatus: null, toStatus: outcome.status, reason: outcome.status === "REJECTED" ? "BANNED_WORD" : null, batchId: null, createdAt: at },
        ]);
        if (outcome.status === "APPROVED") {
          // Raw: Prisma's update would also set the article's updatedAt, the editors' "last edited".
          await tx.$executeRaw`UPDATE "Article" SET "approvedComments" = "approvedComments" + 1 WHERE "id" = ${article.id}`;
          await queueThreadNotices(tx, { approved: [{ id: commentId, articleId: article.id }], batchKey: `post:${commentId}`, now: at });
        }
        if (input.subscribe) await requestThreadSubscription(tx, { email: input.email, article, ipHash, now: at });
        return commentId;
      }),
    );
  } catch (error) {
    if (error === OVER_LIMIT) return overLimit;
    // Two copies of one form at once: the unique key let only one in; the other answers with its result.
    const winner = key && isUniqueViolation(error) ? await findByKey(key, article.slug) : null;
    if (winner) return uncounted(winner);
    throw error;
  }
  if (outcome.status === "APPROVED") revalidateArticleComments(article.slug);
  if (outcome.status === "APPROVED") kickThreadNotices();
  if (input.subscribe) kickMailSender();
  return { result: { ok: true, data: { kind: "comment", slug: article.slug, id, status: outcome.status, token: commentToken(id), subscribed: input.subscribe } }, counted: true };
}

const FIELD_CODES = { nameTooLong: 1, emailInvalid: 1, bodyTooLong: 1 } as const;
type T = Awaited<ReturnType<typeof getTranslations<"readerComments.errors">>>;

function fieldResult(t: T, fieldErrors: Record<string, string[]>): ActionResult<PostCommentData> {
  return { ok: false, message: t("invalid"), fieldErrors };
}

function refusal(t: T, outcome: Exclude<RuleOutcome, { kind: "ACCEPTED" }>, settings: { floodSeconds: number; maxLength: number }): ActionResult<PostCommentData> {
  switch (outcome.kind) {
    case "DISCARD":
      return { ok: false, message: t("unexpected") }; // not reached: the honeypot is answered before the pipeline
    case "INVALID": {
      const text = { name: "nameRequired", email: "emailRequired", body: "bodyRequired" } as const;
      const fieldErrors: Record<string, string[]> = {};
      for (const [field, codes] of Object.entries(outcome.fieldErrors)) {
        fieldErrors[field] = codes.map((c) => (c === "tooLong" ? t("bodyTooLong", { max: settings.maxLength }) : t(text[field as keyof typeof text])));
      }
      return fieldResult(t, fieldErrors);
    }
    case "REFUSED":
      if (outcome.code === "FLOOD") return { ok: false, message: t("flood", { seconds: settings.floodSeconds }) };
      return { ok: false, message: t(outcome.code === "BANNED" ? "banned" : "duplicate") };
  }
}

/** The article a post names, if readers can see it now (plain SQL: this runs on every post). */
async function liveArticle(id: number, at: Date) {
  const [row] = await db.$queryRaw<{ id: number | bigint; slug: string; title: string; commentMode: CommentModeValue }[]>`
    SELECT "id", "slug", "title", "commentMode" FROM "Article" WHERE "id" = ${id} AND ${liveArticleSql(at)}`;
  return row ? { ...row, id: Number(row.id) } : null;
}

async function findByKey(key: string, slug: string): Promise<ActionResult<PostCommentData> | null> {
  const [c] = await db.$queryRaw<{ id: number | bigint; status: string }[]>`SELECT "id", "status" FROM "Comment" WHERE "idempotencyKey" = ${key}`;
  if (!c) return null;
  const id = Number(c.id);
  const status = (["APPROVED", "PENDING", "REJECTED"].includes(c.status) ? c.status : "PENDING") as CommentStatusValue;
  return { ok: true, data: { kind: "comment", slug, id, status, token: commentToken(id), subscribed: false } };
}

/** A unique violation from two sign-ups of one address at once is retried once (the second run finds the row). */
async function withRetry<R>(run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (!isUniqueViolation(error) || uniqueViolationTarget(error).includes("idempotencyKey")) throw error;
    return run();
  }
}
