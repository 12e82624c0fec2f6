/**
 * Moderation decisions: approve, reject, spam, delete (soft) and restore, for one comment or many, and
 * the undo of a moderator's last decision batch. Every decision names the status the moderator saw;
 * the update only applies where the comment still has it, so a comment that another moderator decided
 * meanwhile is never overwritten: it comes back as `stale`, with who decided it and when. All of one
 * call happens in one transaction: the status changes, one append-only ModerationAction per changed
 * comment, the resolved reports, Article.approvedComments and one audit row.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { CommentStatus } from "@/generated/prisma/enums";
import { revalidateArticleCommentsAfterResponse } from "@/features/articles/cache";
import { kickThreadNotices, queueThreadNotices } from "@/features/subscriptions/notify";
import { audit } from "@/lib/audit";
import { addApproved, insertActions, moveStatus, readComments, resolveReports } from "@/features/comments/moderation-sql";
import { db, type Tx } from "@/lib/db";

export const COMMENT_STATUSES = ["PENDING", "APPROVED", "REJECTED", "SPAM", "DELETED"] as const satisfies readonly CommentStatus[];
export const DECISIONS = ["approve", "reject", "spam", "delete", "restore"] as const;
export type Decision = (typeof DECISIONS)[number];
export const REJECT_REASONS = ["OFFENSIVE", "PERSONAL_ATTACK", "SPAM", "ADVERTISING", "OFF_TOPIC", "ILLEGAL", "OTHER"] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];
export const NOTE_MAX = 500;

export type DecisionItem = { id: number; expected: CommentStatus };
export type DecideInput = { decision: Decision; items: DecisionItem[]; reason?: RejectReason; note?: string; bulk?: boolean };
export type SkipReason = "notFound" | "stale" | "notAllowed";
/** A comment left alone; for `stale` ones the decision that came first (by: null = the rules pipeline). */
export type Skipped = { id: number; reason: SkipReason; current?: CommentStatus; by?: string | null; at?: Date };
export type Change = { id: number; articleId: number; from: CommentStatus; to: CommentStatus };
export type DecideResult = { done: Change[]; skipped: Skipped[]; batchId: string | null };
export type Actor = { id: number };

const ACTION_OF: Record<Decision, string> = { approve: "APPROVE", reject: "REJECT", spam: "SPAM", delete: "DELETE", restore: "RESTORE" };

/** Where a decision takes a comment from `from`, or null when it does not apply (approving an approved one). */
export function targetStatus(decision: Decision, from: CommentStatus, statusBeforeDelete: CommentStatus | null): CommentStatus | null {
  if (decision === "restore") return from === "DELETED" ? (statusBeforeDelete ?? "PENDING") : null;
  if (from === "DELETED") return null; // a deleted comment is restored first
  const to = ({ approve: "APPROVED", reject: "REJECTED", spam: "SPAM", delete: "DELETED" } as const)[decision];
  return to === from ? null : to;
}

const MAX_NAMED_STALE = 50;

/** Who decided these comments last, and when (the newest ModerationAction of each). */
async function lastDeciders(tx: Tx, ids: number[]) {
  if (ids.length === 0) return new Map<number, { by: string | null; at: Date }>();
  const rows = await tx.moderationAction.findMany({
    where: { commentId: { in: ids.slice(0, MAX_NAMED_STALE) }, action: { not: "REPORT" } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { commentId: true, createdAt: true, actor: { select: { name: true } } },
  });
  const out = new Map<number, { by: string | null; at: Date }>();
  for (const r of rows) if (!out.has(r.commentId)) out.set(r.commentId, { by: r.actor?.name ?? null, at: r.createdAt });
  return out;
}

/** Moves the approved counters of the articles whose comments entered or left APPROVED; returns their slugs. */
async function applyApprovedDeltas(tx: Tx, changes: Change[]): Promise<string[]> {
  const delta = new Map<number, number>();
  for (const c of changes) {
    const d = (c.to === "APPROVED" ? 1 : 0) - (c.from === "APPROVED" ? 1 : 0);
    if (d !== 0) delta.set(c.articleId, (delta.get(c.articleId) ?? 0) + d);
  }
  const moved = new Map([...delta].filter(([, d]) => d !== 0));
  const slugs = moved.size > 0 ? await addApproved(tx, moved) : [];
  // Entered and left APPROVED in the same call (an undo of mixed moves): the count stays, the page changes.
  const even = [...delta].filter(([, d]) => d === 0).map(([id]) => id);
  if (even.length > 0) slugs.push(...(await tx.article.findMany({ where: { id: { in: even } }, select: { slug: true } })).map((a) => a.slug));
  return slugs;
}

/**
 * Applies one decision to the given comments. Single decisions (bulk: false) get a batch id too, so
 * that "undo" (u on the keyboard) takes back the last decision, whether it touched one comment or 1,000.
 */
export async function decideComments(actor: Actor, input: DecideInput): Promise<DecideResult> {
  if (input.decision === "reject" && !input.reason) throw new Error("a rejection needs a reason code");
  const reason = input.decision === "reject" ? input.reason : undefined;
  const note = input.decision === "reject" && input.note?.trim() ? input.note.trim().slice(0, NOTE_MAX) : undefined;
  const expectedOf = new Map<number, CommentStatus>();
  for (const item of input.items) if (!expectedOf.has(item.id)) expectedOf.set(item.id, item.expected);
  const ids = [...expectedOf.keys()];
  const batchId = randomUUID();
  const at = new Date();

  const { result, slugs, notices } = await db.$transaction(async (tx) => {
    const done: Change[] = [];
    const skipped: Skipped[] = [];
    /** The guarded move of one group; returns the ids it missed (decided by someone else meanwhile, or gone). */
    async function move(g: { from: CommentStatus; to: CommentStatus; before?: CommentStatus | null; ids: number[] }) {
      const changed = await moveStatus(tx, { ids: g.ids, from: g.from, before: g.before, to: g.to, statusBeforeDelete: g.to === "DELETED" ? g.from : null, at, actorId: actor.id, resetReports: true });
      const hit = new Set(changed.map((c) => c.id));
      for (const c of changed) done.push({ id: c.id, articleId: c.articleId, from: g.from, to: g.to });
      return g.ids.filter((id) => !hit.has(id));
    }
    // First without reading: each comment moves from the status the moderator saw, and the guard only
    // lets it where that is still its status — one statement for the usual decision. A restore needs the
    // status before the deletion, and a decision that does not apply to the seen status needs the row.
    const toRead: number[] = [];
    const seen = new Map<CommentStatus, number[]>();
    for (const id of ids) {
      const expected = expectedOf.get(id)!;
      if (input.decision === "restore" || !targetStatus(input.decision, expected, null)) toRead.push(id);
      else if (seen.has(expected)) seen.get(expected)!.push(id);
      else seen.set(expected, [id]);
    }
    for (const [from, group] of seen) toRead.push(...(await move({ from, to: targetStatus(input.decision, from, null)!, ids: group })));

    // Then the rest, as they are now: gone, decided meanwhile, not applicable, or to be restored.
    const rows = toRead.length > 0 ? await readComments(tx, toRead) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const groups = new Map<string, { from: CommentStatus; to: CommentStatus; before: CommentStatus | null; ids: number[] }>();
    for (const id of toRead) {
      const row = byId.get(id);
      if (!row) skipped.push({ id, reason: "notFound" });
      else if (row.status !== expectedOf.get(id)) skipped.push({ id, reason: "stale", current: row.status });
      else {
        const to = targetStatus(input.decision, row.status, row.statusBeforeDelete);
        if (!to) skipped.push({ id, reason: "notAllowed", current: row.status });
        else {
          const key = `${row.status}>${to}>${row.statusBeforeDelete}`;
          const group = groups.get(key) ?? { from: row.status, to, before: row.statusBeforeDelete, ids: [] };
          group.ids.push(id);
          groups.set(key, group);
        }
      }
    }
    for (const g of groups.values()) {
      // The guard: only where the status is still the one the moderator saw (and, for a restore, where
      // the comment goes back to the status we planned with).
      const missed = await move({ ...g, before: input.decision === "restore" ? g.before : undefined });
      for (const id of missed) skipped.push({ id, reason: "stale" });
    }
    const stale = skipped.filter((s) => s.reason === "stale");
    if (stale.length > 0) {
      const deciders = await lastDeciders(tx, stale.map((s) => s.id));
      const now = await tx.comment.findMany({ where: { id: { in: stale.filter((s) => !s.current).map((s) => s.id) } }, select: { id: true, status: true } });
      const statusNow = new Map(now.map((r) => [r.id, r.status]));
      for (const s of stale) Object.assign(s, { current: s.current ?? statusNow.get(s.id), ...deciders.get(s.id) });
    }
    if (done.length === 0) return { result: { done, skipped, batchId: null }, slugs: [], notices: 0 };

    const doneIds = done.map((c) => c.id);
    await resolveReports(tx, doneIds, at);
    await insertActions(
      tx,
      done.map((c) => ({ commentId: c.id, actorId: actor.id, action: ACTION_OF[input.decision], fromStatus: c.from, toStatus: c.to, reason, note, batchId, createdAt: at })),
    );
    const slugs = await applyApprovedDeltas(tx, done);
    // Thread subscribers hear of approvals (not of restores: they heard of the comment when it was approved).
    const approved = input.decision === "approve" ? done.filter((c) => c.to === "APPROVED") : [];
    const notices = await queueThreadNotices(tx, { approved, batchKey: batchId, now: at });
    await audit(tx, {
      actorId: actor.id,
      action: `comment.${input.bulk ? "bulk." : ""}${input.decision}`,
      targetType: "comment",
      targetId: done.length === 1 ? done[0].id : undefined,
      summary: `${input.decision} ${done.length} comment(s)${skipped.length ? `, ${skipped.length} skipped` : ""}${reason ? ` (${reason})` : ""}`,
      data: { batchId, ids: doneIds, reason, note, skipped: skipped.map(({ id, reason: why }) => ({ id, reason: why })) },
    });
    return { result: { done, skipped, batchId }, slugs, notices };
  });
  revalidateArticleCommentsAfterResponse(slugs);
  if (notices > 0) kickThreadNotices();
  return result;
}

export type UndoResult = { done: Change[]; skipped: number[]; decision: string | null };

/**
 * Takes back this moderator's last decision batch: each comment returns to its fromStatus, but only
 * where it still has the batch's toStatus (what others decided since stays). Recorded as UNDO actions
 * with their own batch id, so a second undo finds nothing to take back.
 */
export async function undoLastDecision(actor: Actor): Promise<UndoResult> {
  const at = new Date();
  const { result, slugs } = await db.$transaction(async (tx) => {
    const last = await tx.moderationAction.findFirst({
      where: { actorId: actor.id, batchId: { not: null } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { batchId: true, action: true },
    });
    if (!last?.batchId || last.action === "UNDO") return { result: { done: [], skipped: [], decision: null }, slugs: [] };
    const actions = await tx.moderationAction.findMany({ where: { batchId: last.batchId }, select: { commentId: true, fromStatus: true, toStatus: true } });
    const groups = new Map<string, { from: CommentStatus; to: CommentStatus; ids: number[] }>();
    for (const a of actions) {
      if (!a.fromStatus || !a.toStatus) continue;
      // Undoing moves from the batch's toStatus back to its fromStatus.
      const key = `${a.toStatus}>${a.fromStatus}`;
      const group = groups.get(key) ?? { from: a.toStatus, to: a.fromStatus, ids: [] };
      group.ids.push(a.commentId);
      groups.set(key, group);
    }
    const done: Change[] = [];
    const skipped: number[] = [];
    for (const g of groups.values()) {
      const changed = await moveStatus(tx, { ids: g.ids, from: g.from, to: g.to, statusBeforeDelete: g.to === "DELETED" ? g.from : null, at, actorId: actor.id, resetReports: false });
      const hit = new Set(changed.map((c) => c.id));
      for (const c of changed) done.push({ id: c.id, articleId: c.articleId, from: g.from, to: g.to });
      for (const id of g.ids) if (!hit.has(id)) skipped.push(id);
    }
    const undoBatch = `undo:${last.batchId}`;
    // Written even when nothing could be taken back: it marks the batch as undone.
    const undoRows = done.length
      ? done.map((c) => ({ commentId: c.id, actorId: actor.id, action: "UNDO", fromStatus: c.from, toStatus: c.to, batchId: undoBatch, createdAt: at }))
      : actions.slice(0, 1).map((a) => ({ commentId: a.commentId, actorId: actor.id, action: "UNDO", fromStatus: null, toStatus: null, batchId: undoBatch, createdAt: at }));
    await insertActions(tx, undoRows);
    const slugs = await applyApprovedDeltas(tx, done);
    await audit(tx, {
      actorId: actor.id,
      action: "comment.undo",
      targetType: "comment",
      summary: `undo ${last.action} of ${done.length} comment(s)${skipped.length ? `, ${skipped.length} skipped` : ""}`,
      data: { batchId: last.batchId, ids: done.map((c) => c.id), skipped },
    });
    return { result: { done, skipped, decision: last.action }, slugs };
  });
  revalidateArticleCommentsAfterResponse(slugs);
  return result;
}
