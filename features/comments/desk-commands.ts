/**
 * The desk's commands: one decision on one comment (the card buttons and the keyboard), the same for
 * many (the bulk bar: checked ids, or every comment matching the page's filter, re-run here and
 * capped), and undo of the moderator's last decision. Each names the status the moderator saw; a
 * comment decided by someone else meanwhile is refused (single, 409) or skipped and reported (bulk).
 * The desk calls them through one JSON route (app/(admin)/admin/comments/decisions/route.ts); they
 * are server actions too (moderation-actions.ts). The desk drops the decided cards itself and refreshes
 * the queue once the moderator pauses (or few cards are left, desk-queue.tsx); the reader pages are
 * revalidated after the response.
 */
import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import type { CommentStatus } from "@/generated/prisma/enums";
import { QUEUE_SLUGS, parseDeskParams } from "@/features/comments/desk-params";
import { listBulkTargets } from "@/features/comments/desk-queries";
import {
  COMMENT_STATUSES,
  DECISIONS,
  NOTE_MAX,
  REJECT_REASONS,
  decideComments,
  undoLastDecision,
  type DecideResult,
  type Decision,
  type Skipped,
} from "@/features/comments/moderation";
import { ActionError, staffCommand } from "@/lib/action";

const BULK_MAX = 1000;
const idSchema = z.coerce.number().int().min(1).max(2_147_483_647);
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const decisionFields = {
  decision: z.enum(DECISIONS),
  reason: z.preprocess(emptyToUndefined, z.enum(REJECT_REASONS).optional()),
  note: z.preprocess(emptyToUndefined, z.string().max(NOTE_MAX).optional()),
};

const singleSchema = z.object({ id: idSchema, expected: z.enum(COMMENT_STATUSES), ...decisionFields });

// A checked box's value is "id:STATUS": the id and the status the moderator saw.
const itemSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}:(PENDING|APPROVED|REJECTED|SPAM|DELETED)$/)
  .transform((v) => {
    const [id, expected] = v.split(":");
    return { id: Number(id), expected: expected as CommentStatus };
  })
  .pipe(z.object({ id: z.number().int().min(1).max(2_147_483_647), expected: z.enum(COMMENT_STATUSES) }));

const bulkSchema = z.object({
  ...decisionFields,
  ids: z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(itemSchema).max(BULK_MAX)),
  all: z.preprocess(emptyToUndefined, z.literal("1").optional()),
  queue: z.enum(QUEUE_SLUGS),
  article: z.unknown().optional(),
  section: z.unknown().optional(),
  q: z.unknown().optional(),
  commenter: z.unknown().optional(),
  order: z.unknown().optional(),
});

async function requireReason(decision: Decision, reason: string | undefined) {
  if (decision === "reject" && !reason) {
    const t = await getTranslations("comments.result");
    throw new ActionError(t("reasonRequired"), { reason: [t("reasonRequired")] });
  }
}

async function describeWhen(at: Date) {
  const [t, locale] = await Promise.all([getTranslations("comments.result"), getLocale()]);
  const zone = { timeZone: "Europe/Berlin" } as const;
  const time = new Intl.DateTimeFormat(locale, { ...zone, hour: "2-digit", minute: "2-digit" }).format(at);
  const day = (d: Date) => new Intl.DateTimeFormat(locale, { ...zone, dateStyle: "medium" }).format(d);
  return day(at) === day(new Date()) ? t("when", { time }) : t("whenDay", { date: day(at), time });
}

/** "Bereits von Mia Moderatorin um 14:02 freigegeben." */
async function describeSkip(s: Skipped, single: boolean) {
  const t = await getTranslations("comments.result");
  const status = s.current ? t(`decided.${s.current}`) : "";
  if (s.reason === "notFound") return single ? t("notFound") : t("skip.notFound", { id: s.id });
  if (s.reason === "notAllowed") return single ? t("notAllowed", { status }) : t("skip.notAllowed", { id: s.id, status });
  if (!s.at) return single ? t("staleUnknown", { status }) : t("skip.stale", { id: s.id, status });
  const when = await describeWhen(s.at);
  if (s.by === null) return single ? t("staleRules", { when, status }) : t("skip.staleRules", { id: s.id, when, status });
  return single ? t("staleBy", { name: s.by ?? "", when, status }) : t("skip.staleBy", { id: s.id, name: s.by ?? "", when, status });
}

async function describeBulk(result: DecideResult, decision: Decision) {
  const t = await getTranslations("comments.result");
  const parts = [t(`done.${decision}`, { count: result.done.length })];
  if (result.skipped.length > 0) {
    const named = await Promise.all(result.skipped.slice(0, 5).map((s) => describeSkip(s, false)));
    const more = result.skipped.length - named.length;
    parts.push(t("skipped", { count: result.skipped.length, list: named.join("; ") }) + (more > 0 ? ` ${t("skippedMore", { count: more })}` : ""));
  }
  return parts.join(" ");
}

/** One decision on one comment; refused with who decided it and when if it is no longer as seen. */
export const decideOne = staffCommand("comments.moderate", singleSchema, async ({ id, expected, decision, reason, note }, staff) => {
  await requireReason(decision, reason);
  const result = await decideComments(staff, { decision, items: [{ id, expected }], reason, note });
  if (result.skipped.length > 0) throw new ActionError(await describeSkip(result.skipped[0], true), undefined, { skipped: result.skipped });
  const t = await getTranslations("comments.result");
  return { ok: true, message: t(`done.${decision}`, { count: 1 }), data: { done: result.done.map((c) => c.id) } };
});

/** One decision on many comments: the checked ones, or all matching the page's filter (capped). */
export const decideMany = staffCommand("comments.moderate", bulkSchema, async (input, staff) => {
  await requireReason(input.decision, input.reason);
  const t = await getTranslations("comments.result");
  const items = input.all ? await listBulkTargets(parseDeskParams(input.queue, input)) : input.ids;
  if (items.length === 0) throw new ActionError(t("nothingSelected"));
  const result = await decideComments(staff, { decision: input.decision, items, reason: input.reason, note: input.note, bulk: true });
  return {
    ok: result.done.length > 0,
    message: await describeBulk(result, input.decision),
    data: { done: result.done.map((c) => c.id), skipped: result.skipped.map(({ id, reason }) => ({ id, reason })) },
  };
});

/** Takes back the moderator's last decision (a bulk action or a single one). */
export const undoLast = staffCommand("comments.moderate", z.object({}), async (_input, staff) => {
  const t = await getTranslations("comments.result");
  const result = await undoLastDecision(staff);
  if (!result.decision) throw new ActionError(t("nothingToUndo"));
  const parts = [t("undoDone", { count: result.done.length })];
  if (result.skipped.length > 0) parts.push(t("undoSkipped", { count: result.skipped.length }));
  return { ok: true, message: parts.join(" "), data: { done: result.done.map((c) => c.id), skipped: result.skipped } };
});

/** The commands by the name the desk's route takes in `command`. */
export const DESK_COMMANDS = { decide: decideOne, bulk: decideMany, undo: undoLast };
