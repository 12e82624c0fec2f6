import { beforeEach, describe, expect, it } from "vitest";
import type { CommentStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { decideComment, decideCommentsInBulk, undoLastModeration } from "@/features/comments/moderation-actions";
import { signInAs, signOut } from "@/test/session";

let articleId: number;
let sectionId: number;

async function comment(status: CommentStatus = "PENDING", over: { reportCount?: number; body?: string; email?: string; article?: number } = {}) {
  const c = await db.comment.create({
    data: {
      articleId: over.article ?? articleId,
      authorName: "Leserin",
      authorEmail: over.email ?? "leserin@test.local",
      ipHash: "h",
      body: over.body ?? "Ein Kommentar",
      status,
      reportCount: over.reportCount ?? 0,
    },
    select: { id: true },
  });
  if (status === "APPROVED") await db.article.update({ where: { id: over.article ?? articleId }, data: { approvedComments: { increment: 1 } } });
  return c.id;
}

const statusOf = async (id: number) => (await db.comment.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
const approvedCount = async (id = articleId) => (await db.article.findUniqueOrThrow({ where: { id }, select: { approvedComments: true } })).approvedComments;
const realApproved = (id = articleId) => db.comment.count({ where: { articleId: id, status: "APPROVED" } });

beforeEach(async () => {
  signOut();
  const suffix = Math.random().toString(36).slice(2, 10);
  sectionId = (await db.section.create({ data: { name: `Mod ${suffix}`, slug: `mod-${suffix}` } })).id;
  articleId = (
    await db.article.create({
      data: { slug: `mod-${suffix}`, sectionId, byline: "x", title: "Moderierter Artikel", teaser: "", bodyHtml: "", status: "PUBLISHED", publishAt: new Date() },
    })
  ).id;
});

describe("single decisions", () => {
  it("approves a pending comment, records the action and the audit row, and counts it on the article", async () => {
    const me = await signInAs(["MODERATOR"], { name: "Mia Moderatorin" });
    const id = await comment();
    const result = await decideComment({ id, expected: "PENDING", decision: "approve" });
    expect(result).toMatchObject({ ok: true, message: "1 Kommentar freigegeben." });
    expect(await statusOf(id)).toBe("APPROVED");
    expect(await approvedCount()).toBe(1);
    const actions = await db.moderationAction.findMany({ where: { commentId: id } });
    expect(actions).toMatchObject([{ actorId: me.id, action: "APPROVE", fromStatus: "PENDING", toStatus: "APPROVED" }]);
    expect(await db.auditLog.count({ where: { actorId: me.id, action: "comment.approve", targetId: String(id) } })).toBe(1);
  });

  it("refuses a stale decision with who decided it and when, and leaves the comment alone", async () => {
    await signInAs(["MODERATOR"], { name: "Mia Moderatorin" });
    const id = await comment();
    expect((await decideComment({ id, expected: "PENDING", decision: "approve" })).ok).toBe(true);
    await signInAs(["ADMIN"], { name: "Anna Admin" });
    const result = await decideComment({ id, expected: "PENDING", decision: "reject", reason: "SPAM" });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Bereits von Mia Moderatorin um \d\d:\d\d freigegeben\.$/);
    expect(await statusOf(id)).toBe("APPROVED");
    expect(await approvedCount()).toBe(1);
    expect(await db.moderationAction.count({ where: { commentId: id } })).toBe(1);
    // Approving it again as approved does not apply: refused, and nothing is recorded or counted twice.
    const again = await decideComment({ id, expected: "APPROVED", decision: "approve" });
    expect(again).toMatchObject({ ok: false, data: { skipped: [{ id, reason: "notAllowed", current: "APPROVED" }] } });
    expect(await approvedCount()).toBe(1);
    expect(await db.moderationAction.count({ where: { commentId: id } })).toBe(1);
  });

  it("requires a reason code to reject, and stores reason and note", async () => {
    await signInAs(["MODERATOR"]);
    const id = await comment();
    const missing = await decideComment({ id, expected: "PENDING", decision: "reject" });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { reason: ["Bitte wählen Sie einen Grund für die Ablehnung."] } });
    const forged = await decideComment({ id, expected: "PENDING", decision: "reject", reason: "BORING" });
    expect(forged.ok).toBe(false);
    const tooLong = await decideComment({ id, expected: "PENDING", decision: "reject", reason: "OTHER", note: "x".repeat(501) });
    expect(tooLong.ok).toBe(false);
    expect(await statusOf(id)).toBe("PENDING");
    expect((await decideComment({ id, expected: "PENDING", decision: "reject", reason: "OFF_TOPIC", note: "Bitte beim Thema bleiben" })).ok).toBe(true);
    expect(await db.moderationAction.findFirst({ where: { commentId: id } })).toMatchObject({ action: "REJECT", reason: "OFF_TOPIC", note: "Bitte beim Thema bleiben" });
  });

  it("refuses forged statuses and decisions", async () => {
    await signInAs(["MODERATOR"]);
    const id = await comment();
    expect((await decideComment({ id, expected: "LIVE", decision: "approve" })).ok).toBe(false);
    expect((await decideComment({ id, expected: "PENDING", decision: "publish" })).ok).toBe(false);
    expect((await decideComment({ id: -1, expected: "PENDING", decision: "approve" })).ok).toBe(false);
    expect(await decideComment({ id: 999_999_999, expected: "PENDING", decision: "approve" })).toMatchObject({ ok: false, message: "Diesen Kommentar gibt es nicht." });
    expect(await statusOf(id)).toBe("PENDING");
  });

  it("deletes softly and restores to the status before, keeping approvedComments right", async () => {
    await signInAs(["MODERATOR"]);
    const id = await comment("APPROVED");
    expect(await approvedCount()).toBe(1);
    expect((await decideComment({ id, expected: "APPROVED", decision: "delete" })).ok).toBe(true);
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DELETED", statusBeforeDelete: "APPROVED" });
    expect(await approvedCount()).toBe(0);
    expect((await decideComment({ id, expected: "DELETED", decision: "restore" })).ok).toBe(true);
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "APPROVED", statusBeforeDelete: null });
    expect(await approvedCount()).toBe(1);
    expect((await decideComment({ id, expected: "APPROVED", decision: "spam" })).ok).toBe(true);
    expect(await approvedCount()).toBe(0);
    expect(await realApproved()).toBe(0);
  });

  it("resolves the open reports of a decided comment", async () => {
    await signInAs(["MODERATOR"]);
    const id = await comment("APPROVED", { reportCount: 2 });
    await db.commentReport.createMany({ data: [{ commentId: id, reason: "OFFENSIVE", ipHash: "a" }, { commentId: id, reason: "SPAM", ipHash: "b" }] });
    expect((await decideComment({ id, expected: "APPROVED", decision: "reject", reason: "OFFENSIVE" })).ok).toBe(true);
    expect((await db.comment.findUniqueOrThrow({ where: { id } })).reportCount).toBe(0);
    expect(await db.commentReport.count({ where: { commentId: id, resolvedAt: null } })).toBe(0);
  });

  it("allows moderators and admins, refuses editors and anonymous callers", async () => {
    const id = await comment();
    expect(await decideComment({ id, expected: "PENDING", decision: "approve" })).toMatchObject({ ok: false });
    await signInAs(["EDITOR"]);
    expect(await decideComment({ id, expected: "PENDING", decision: "approve" })).toMatchObject({ ok: false, message: "Dafür fehlt Ihnen die Berechtigung." });
    expect(await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: [`${id}:PENDING`] })).toMatchObject({ ok: false });
    expect(await undoLastModeration({})).toMatchObject({ ok: false });
    expect(await statusOf(id)).toBe("PENDING");
    await signInAs(["ADMIN"]);
    expect((await decideComment({ id, expected: "PENDING", decision: "approve" })).ok).toBe(true);
  });
});

describe("bulk decisions and undo", () => {
  it("approves the checked comments, skips stale and unknown ones and says so, in one batch", async () => {
    const me = await signInAs(["MODERATOR"], { name: "Mia Moderatorin" });
    const a = await comment();
    const b = await comment();
    const decided = await comment("SPAM");
    const result = await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: [`${a}:PENDING`, `${b}:PENDING`, `${decided}:PENDING`, "999999999:PENDING"] });
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^2 Kommentare freigegeben\. 2 übersprungen: /);
    expect(result.message).toContain(`#${decided} inzwischen als Spam markiert`);
    expect(result.message).toContain("#999999999 nicht gefunden");
    expect(result.data).toMatchObject({ done: [a, b], skipped: [{ id: decided, reason: "stale" }, { id: 999_999_999, reason: "notFound" }] });
    expect(await statusOf(decided)).toBe("SPAM");
    expect(await approvedCount()).toBe(2);
    const actions = await db.moderationAction.findMany({ where: { actorId: me.id } });
    expect(actions).toHaveLength(2);
    expect(new Set(actions.map((x) => x.batchId)).size).toBe(1);
    expect(await db.auditLog.count({ where: { actorId: me.id, action: "comment.bulk.approve" } })).toBe(1);
  });

  it("refuses malformed ids and more than 1,000 of them", async () => {
    await signInAs(["MODERATOR"]);
    const a = await comment();
    expect((await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: [`${a}:LIVE`] })).ok).toBe(false);
    expect((await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: [`${a}; DROP TABLE`] })).ok).toBe(false);
    const many = Array.from({ length: 1001 }, (_, i) => `${i + 1}:PENDING`);
    expect((await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: many })).ok).toBe(false);
    expect(await statusOf(a)).toBe("PENDING");
  });

  it("undoes the last bulk action where nobody decided since, and only once", async () => {
    const me = await signInAs(["MODERATOR"]);
    const ids = [await comment(), await comment(), await comment()];
    await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: ids.map((id) => `${id}:PENDING`) });
    expect(await approvedCount()).toBe(3);
    // Someone else deletes one of them meanwhile: the undo leaves that one alone.
    await signInAs(["ADMIN"]);
    await decideComment({ id: ids[2], expected: "APPROVED", decision: "delete" });
    await signInAs(["MODERATOR"], { email: me.email });
    const undo = await undoLastModeration({});
    expect(undo).toMatchObject({ ok: true, message: "2 Entscheidungen zurückgenommen. 1 Kommentar wurde inzwischen anders entschieden und bleibt so." });
    expect(await Promise.all(ids.map(statusOf))).toEqual(["PENDING", "PENDING", "DELETED"]);
    expect(await approvedCount()).toBe(0);
    expect(await realApproved()).toBe(0);
    expect(await db.moderationAction.count({ where: { actorId: me.id, action: "UNDO" } })).toBe(2);
    expect(await undoLastModeration({})).toMatchObject({ ok: false, message: "Es gibt nichts rückgängig zu machen." });
  });

  it("applies a decision to all comments matching the filter, re-running the query on the server", async () => {
    await signInAs(["MODERATOR"]);
    const other = (
      await db.article.create({
        data: { slug: `mod-o-${Math.random().toString(36).slice(2)}`, sectionId, byline: "x", title: "Anderer", teaser: "", bodyHtml: "", status: "PUBLISHED" },
      })
    ).id;
    const hits = [await comment("PENDING", { body: "Kauft billige Uhren" }), await comment("PENDING", { body: "billige Uhren hier" })];
    const miss = await comment("PENDING", { body: "Sachlicher Beitrag" });
    const elsewhere = await comment("PENDING", { body: "billige Uhren", article: other });
    const result = await decideCommentsInBulk({ queue: "pending", decision: "spam", all: "1", article: String(articleId), q: "billige Uhren", ids: [`${miss}:PENDING`] });
    expect(result).toMatchObject({ ok: true, message: "2 Kommentare als Spam markiert." });
    expect(await Promise.all([...hits, miss, elsewhere].map(statusOf))).toEqual(["SPAM", "SPAM", "PENDING", "PENDING"]);
  });

  it("keeps approvedComments right across articles in one bulk action", async () => {
    await signInAs(["MODERATOR"]);
    const other = (
      await db.article.create({
        data: { slug: `mod-p-${Math.random().toString(36).slice(2)}`, sectionId, byline: "x", title: "Zweiter", teaser: "", bodyHtml: "", status: "PUBLISHED" },
      })
    ).id;
    const ids = [await comment("APPROVED"), await comment("APPROVED"), await comment("APPROVED", { article: other })];
    await decideCommentsInBulk({ queue: "approved", decision: "reject", reason: "SPAM", ids: ids.map((id) => `${id}:APPROVED`) });
    expect([await approvedCount(), await approvedCount(other)]).toEqual([0, 0]);
    await undoLastModeration({});
    expect([await approvedCount(), await approvedCount(other)]).toEqual([2, 1]);
    expect([await realApproved(), await realApproved(other)]).toEqual([2, 1]);
  });
});

describe("at the bulk limit", () => {
  it("approves 1,000 checked comments in one call (more ids than SQLite takes in one statement)", async () => {
    await signInAs(["MODERATOR"]);
    const rows = await db.comment.createManyAndReturn({
      data: Array.from({ length: 1000 }, (_, i) => ({ articleId, authorName: "Leser", authorEmail: `viele${i}@test.local`, ipHash: "h", body: `Kommentar ${i}`, status: "PENDING" as const })),
      select: { id: true },
    });
    const result = await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: rows.map((r) => `${r.id}:PENDING`) });
    expect(result).toMatchObject({ ok: true, message: "1.000 Kommentare freigegeben." });
    expect(await realApproved()).toBe(1000);
    expect(await approvedCount()).toBe(1000);
    expect(await db.moderationAction.count({ where: { commentId: { in: rows.slice(0, 500).map((r) => r.id) }, action: "APPROVE" } })).toBe(500);
    expect((await undoLastModeration({})).ok).toBe(true);
    expect(await realApproved()).toBe(0);
  });
});

describe("what one decision writes", () => {
  it("records one action per changed comment with the decision's fields, resolves reports and queues one notice per thread", async () => {
    const me = await signInAs(["MODERATOR"]);
    const a = await comment();
    const b = await comment("PENDING", { reportCount: 1 });
    await db.commentReport.create({ data: { commentId: b, reason: "SPAM", ipHash: "r" } });
    const other = await comment("REJECTED");
    const before = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { updatedAt: true } });
    const result = await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: [`${a}:PENDING`, `${b}:PENDING`, `${other}:PENDING`] });
    expect(result.data).toMatchObject({ done: [a, b], skipped: [{ id: other, reason: "stale" }] });
    const actions = await db.moderationAction.findMany({ where: { actorId: me.id }, orderBy: { commentId: "asc" } });
    expect(actions).toMatchObject([
      { commentId: a, action: "APPROVE", fromStatus: "PENDING", toStatus: "APPROVED", reason: null, note: null },
      { commentId: b, action: "APPROVE", fromStatus: "PENDING", toStatus: "APPROVED", reason: null, note: null },
    ]);
    expect(actions[0].batchId).toBeTruthy();
    expect(actions[1].batchId).toBe(actions[0].batchId);
    const rows = await db.comment.findMany({ where: { id: { in: [a, b, other] } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.status, r.decidedById, r.reportCount])).toEqual([
      ["APPROVED", me.id, 0],
      ["APPROVED", me.id, 0],
      ["REJECTED", null, 0],
    ]);
    // The comment's decision time is the action's, read back as a real date on both databases.
    expect(rows[0].decidedAt?.getTime()).toBe(actions[0].createdAt.getTime());
    expect(rows[0].updatedAt.getTime()).toBe(actions[0].createdAt.getTime());
    expect(await db.commentReport.count({ where: { commentId: b, resolvedAt: null } })).toBe(0);
    expect(await approvedCount()).toBe(2);
    const after = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { updatedAt: true } });
    // The editors' "last edited" is the article's own: approving readers' comments does not move it.
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    const notices = await db.threadNotice.findMany({ where: { articleId } });
    expect(notices).toMatchObject([{ commentIds: [a, b], batchKey: actions[0].batchId }]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: me.id, action: "comment.bulk.approve" } });
    expect(audit.data).toMatchObject({ batchId: actions[0].batchId, ids: [a, b], skipped: [{ id: other, reason: "stale" }] });
  });

  it("guards the update itself: a comment whose status moved after it was read is left alone", async () => {
    const { moveStatus } = await import("@/features/comments/moderation-sql");
    const me = await signInAs(["MODERATOR"]);
    const pending = await comment();
    const spam = await comment("SPAM");
    const at = new Date();
    const moved = await db.$transaction((tx) =>
      moveStatus(tx, { ids: [pending, spam, 999_999_999], from: "PENDING", to: "APPROVED", statusBeforeDelete: null, at, actorId: me.id, resetReports: true }),
    );
    expect(moved).toEqual([{ id: pending, articleId }]);
    expect([await statusOf(pending), await statusOf(spam)]).toEqual(["APPROVED", "SPAM"]);
    // A restore also checks the status it planned to restore to.
    const deleted = await comment("DELETED");
    await db.comment.update({ where: { id: deleted }, data: { statusBeforeDelete: "REJECTED" } });
    const restore = (before: "APPROVED" | "REJECTED") =>
      db.$transaction((tx) => moveStatus(tx, { ids: [deleted], from: "DELETED", before, to: before, statusBeforeDelete: null, at, actorId: me.id, resetReports: true }));
    expect(await restore("APPROVED")).toEqual([]);
    expect(await restore("REJECTED")).toEqual([{ id: deleted, articleId }]);
    expect(await db.comment.findUniqueOrThrow({ where: { id: deleted } })).toMatchObject({ status: "REJECTED", statusBeforeDelete: null });
  });

  it("restores a deleted comment that had no earlier status to pending, and undo deletes it again", async () => {
    await signInAs(["MODERATOR"]);
    const id = await comment("DELETED");
    expect((await decideComment({ id, expected: "DELETED", decision: "restore" })).ok).toBe(true);
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", statusBeforeDelete: null });
    expect((await undoLastModeration({})).ok).toBe(true);
    expect(await db.comment.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "DELETED", statusBeforeDelete: "PENDING" });
    expect(await approvedCount()).toBe(0);
  });
});
