"use server";
/**
 * Bans from the commenter view. Banning a commenter is a moderator's daily work, so these need
 * "comments.moderate" (the rules page, with every ban, needs "moderation.rules"). The IP actions take
 * a comment id and read its stored hash here, so the whole hash never reaches the browser. Each change
 * runs in one transaction with its audit row (features/comments/bans-admin.ts).
 */
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { deleteBan, writeBan } from "@/features/comments/bans-admin";
import { banCommentIpSchema, banEmailSchema, endOfBerlinDay, unbanCommentIpSchema, unbanEmailSchema, type Translate } from "@/features/comments/rules-admin-schemas";
import { ActionError, formDataToObject, staffAction, type ActionResult } from "@/lib/action";
import { now } from "@/lib/clock";
import { db, isUniqueViolation, type Tx } from "@/lib/db";

type ActionInput = FormData | Record<string, unknown> | null | undefined;

const fieldsOf = (input: ActionInput) => (input instanceof FormData ? formDataToObject(input) : (input ?? {}));
const translator = async () => (await getTranslations("comments.rules")) as unknown as Translate;

function revalidateModeration() {
  revalidatePath("/admin/comments", "layout");
}

function takenError(t: Translate, kind: "EMAIL" | "IP_HASH", value: string) {
  const message = t(kind === "EMAIL" ? "bans.errors.emailTaken" : "bans.errors.ipTaken", { value });
  return new ActionError(message, { value: [message] });
}

export async function banCommenter(email: string, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("comments.moderate", banEmailSchema(t), async ({ email, reason, expiresOn }, actor) => {
    const at = await now();
    const expiresAt = expiresOn ? endOfBerlinDay(expiresOn) : undefined;
    if (expiresAt && expiresAt <= at) throw new ActionError(t("bans.errors.invalid"), { expiresOn: [t("bans.errors.past")] });
    await db
      .$transaction((tx) => writeBan(tx, { kind: "EMAIL", value: email, reason, expiresAt }, actor.id, at, t))
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? takenError(t, "EMAIL", email) : error;
      });
    revalidateModeration();
    return { ok: true, message: t("bans.added", { value: email }) };
  })({ ...fieldsOf(input), email });
}

export async function unbanCommenter(email: string, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("comments.moderate", unbanEmailSchema(t), async ({ email }, actor) => {
    await db.$transaction((tx) => deleteBan(tx, { kind: "EMAIL", value: email }, actor.id, t));
    revalidateModeration();
    return { ok: true, message: t("bans.removed", { value: email }) };
  })({ ...fieldsOf(input), email });
}

async function ipHashOfComment(tx: Tx, commentId: number, t: Translate) {
  const comment = await tx.comment.findUnique({ where: { id: commentId }, select: { ipHash: true } });
  // An erased comment (GDPR) keeps no usable hash.
  if (!comment?.ipHash) throw new ActionError(t("bans.errors.noComment", { id: commentId }));
  return comment.ipHash;
}

export async function banCommentIp(commentId: number, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("comments.moderate", banCommentIpSchema, async ({ commentId, reason }, actor) => {
    const at = await now();
    const written = await db
      .$transaction(async (tx) => writeBan(tx, { kind: "IP_HASH", value: await ipHashOfComment(tx, commentId, t), reason }, actor.id, at, t))
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? takenError(t, "IP_HASH", "") : error;
      });
    revalidateModeration();
    return { ok: true, message: t("bans.added", { value: written.shown }) };
  })({ ...fieldsOf(input), commentId });
}

export async function unbanCommentIp(commentId: number, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("comments.moderate", unbanCommentIpSchema, async ({ commentId }, actor) => {
    const removed = await db.$transaction(async (tx) => deleteBan(tx, { kind: "IP_HASH", value: await ipHashOfComment(tx, commentId, t) }, actor.id, t));
    revalidateModeration();
    return { ok: true, message: t("bans.removed", { value: removed.shown }) };
  })({ ...fieldsOf(input), commentId });
}
