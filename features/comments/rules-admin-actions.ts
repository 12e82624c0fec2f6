"use server";
/**
 * The rules page's actions ("moderation.rules"): banned and suspect words, the rules' numbers and
 * switches, bans of e-mail addresses and IP hashes. Each runs through staffAction and changes the
 * database in one transaction together with its audit row (settings with before and after). The rules
 * pipeline reads all of this per comment, so nothing is cached; only the admin pages are revalidated.
 * Signatures fit `useActionState` ((prevState, formData), ids bound first); plain objects work too.
 */
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { writeBan, deleteBan } from "@/features/comments/bans-admin";
import {
  addBanSchema,
  addWordSchema,
  endOfBerlinDay,
  removeBanSchema,
  removeWordSchema,
  settingsFormSchema,
  type Translate,
} from "@/features/comments/rules-admin-schemas";
import { getCommentSettings, storeCommentSettings, type CommentSettings } from "@/features/comments/settings";
import { ActionError, formDataToObject, staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { db, isUniqueViolation } from "@/lib/db";

type ActionInput = FormData | Record<string, unknown> | null | undefined;

const fieldsOf = (input: ActionInput) => (input instanceof FormData ? formDataToObject(input) : (input ?? {}));
const translator = async () => (await getTranslations("comments.rules")) as unknown as Translate;

function revalidateModeration() {
  revalidatePath("/admin/comments", "layout");
}

export async function addWord(_prev: unknown, input: ActionInput): Promise<ActionResult<{ id: number; word: string }>> {
  const t = await translator();
  return staffAction("moderation.rules", addWordSchema(t), async ({ kind, word }, actor) => {
    const taken = new ActionError(t("words.errors.invalid"), { word: [t("words.errors.taken", { word })] });
    const created = await db
      .$transaction(async (tx) => {
        if (await tx.wordListEntry.findUnique({ where: { word_kind: { word, kind } }, select: { id: true } })) throw taken;
        const entry = await tx.wordListEntry.create({ data: { word, kind }, select: { id: true, word: true } });
        await audit(tx, { actorId: actor.id, action: "comments.word.add", targetType: "word", targetId: entry.id, summary: t("audit.wordAdd", { kind: t(`words.kinds.${kind}`), word }), data: { kind, word } });
        return entry;
      })
      .catch((error: unknown) => {
        // Two moderators adding the same word at once: the unique index decides.
        throw isUniqueViolation(error) ? taken : error;
      });
    revalidateModeration();
    return { ok: true, message: t("words.added", { word, kind: t(`words.kinds.${kind}`) }), data: created };
  })(fieldsOf(input));
}

export async function removeWord(id: number, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("moderation.rules", removeWordSchema, async ({ id }, actor) => {
    const entry = await db.$transaction(async (tx) => {
      const found = await tx.wordListEntry.findUnique({ where: { id }, select: { id: true, word: true, kind: true } });
      if (!found) throw new ActionError(t("words.errors.notFound"));
      await tx.wordListEntry.delete({ where: { id } });
      await audit(tx, {
        actorId: actor.id,
        action: "comments.word.remove",
        targetType: "word",
        targetId: id,
        summary: t("audit.wordRemove", { kind: t(`words.kinds.${found.kind}`), word: found.word }),
        data: { kind: found.kind, word: found.word },
      });
      return found;
    });
    revalidateModeration();
    return { ok: true, message: t("words.removed", { word: entry.word }) };
  })({ ...fieldsOf(input), id });
}

const changedKeys = (before: CommentSettings, after: CommentSettings) => (Object.keys(after) as (keyof CommentSettings)[]).filter((k) => before[k] !== after[k]);

export async function saveCommentSettings(_prev: unknown, input: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("moderation.rules", settingsFormSchema(t), async (settings, actor) => {
    const changed = await db.$transaction(async (tx) => {
      const before = await getCommentSettings(tx);
      const keys = changedKeys(before, settings);
      if (keys.length === 0) return false;
      await storeCommentSettings(tx, settings, actor.id);
      await audit(tx, {
        actorId: actor.id,
        action: "comments.settings.update",
        targetType: "setting",
        targetId: "comments.rules",
        summary: t("audit.settings", { changes: keys.map((k) => `${t(`settings.fields.${k}.label`)}: ${before[k]} → ${settings[k]}`).join(", ") }),
        data: { before, after: settings },
      });
      return true;
    });
    if (!changed) return { ok: true, message: t("settings.unchanged") };
    revalidateModeration();
    return { ok: true, message: t("settings.saved") };
  })(fieldsOf(input));
}

export async function addBan(_prev: unknown, input: ActionInput): Promise<ActionResult<{ id: number }>> {
  const t = await translator();
  return staffAction("moderation.rules", addBanSchema(t), async (ban, actor) => {
    const at = await now();
    const expiresAt = ban.expiresOn ? endOfBerlinDay(ban.expiresOn) : undefined;
    if (expiresAt && expiresAt <= at) throw new ActionError(t("bans.errors.invalid"), { expiresOn: [t("bans.errors.past")] });
    const written = await db
      .$transaction(async (tx) => {
        let value: string;
        if (typeof ban.value === "string") value = ban.value;
        else {
          // "#123": the stored hash of that comment; the moderator never needs to see it whole.
          const comment = await tx.comment.findUnique({ where: { id: ban.value.commentId }, select: { ipHash: true } });
          if (!comment?.ipHash) throw new ActionError(t("bans.errors.invalid"), { value: [t("bans.errors.noComment", { id: ban.value.commentId })] });
          value = comment.ipHash;
        }
        return writeBan(tx, { kind: ban.kind, value, reason: ban.reason, expiresAt }, actor.id, at, t);
      })
      .catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        const message = t(ban.kind === "EMAIL" ? "bans.errors.emailTaken" : "bans.errors.ipTaken", { value: typeof ban.value === "string" && ban.kind === "EMAIL" ? ban.value : "" });
        throw new ActionError(message, { value: [message] });
      });
    revalidateModeration();
    return { ok: true, message: t("bans.added", { value: written.shown }), data: { id: written.id } };
  })(fieldsOf(input));
}

export async function removeBan(id: number, _prev?: unknown, input?: ActionInput): Promise<ActionResult> {
  const t = await translator();
  return staffAction("moderation.rules", removeBanSchema, async ({ id }, actor) => {
    const removed = await db.$transaction((tx) => deleteBan(tx, { id }, actor.id, t));
    revalidateModeration();
    return { ok: true, message: t("bans.removed", { value: removed.shown }) };
  })({ ...fieldsOf(input), id });
}
