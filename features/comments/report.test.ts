import { describe, expect, it } from "vitest";
import { freshReader, makeArticle, requestHeaders } from "./test-fixtures.test-helper";
import { db } from "@/lib/db";
import { reportComment } from "@/features/comments/report";

async function approvedComment(status: "APPROVED" | "PENDING" = "APPROVED", over: Record<string, unknown> = {}) {
  const article = await makeArticle(over);
  return db.comment.create({ data: { articleId: article.id, authorName: "x", authorEmail: "x@example.org", ipHash: "h", body: "b", status } });
}

describe("reportComment", () => {
  it("stores the report, counts it on the comment and records a REPORT action", async () => {
    const c = await approvedComment();
    freshReader();
    const r = await reportComment({ commentId: String(c.id), reason: "OFFENSIVE", note: " beleidigt <b>mich</b> " });
    expect(r).toMatchObject({ ok: true, data: { commentId: c.id } });
    const after = await db.comment.findUniqueOrThrow({ where: { id: c.id }, include: { reports: true, actions: true } });
    expect(after.reportCount).toBe(1);
    expect(after.lastReportedAt).toBeInstanceOf(Date);
    expect(after.reports).toMatchObject([{ reason: "OFFENSIVE", note: "beleidigt <b>mich</b>", ipHash: expect.any(String) }]);
    expect(after.reports[0].ipHash).not.toContain(requestHeaders.ip);
    expect(after.actions).toMatchObject([{ action: "REPORT", actorId: null, fromStatus: "APPROVED", toStatus: "APPROVED", reason: "OFFENSIVE" }]);
  });

  it("counts one report per IP and comment, answering a repeat like the first", async () => {
    const c = await approvedComment();
    freshReader();
    expect((await reportComment({ commentId: c.id, reason: "SPAM" })).ok).toBe(true);
    expect((await reportComment({ commentId: c.id, reason: "OTHER" })).ok).toBe(true);
    freshReader();
    expect((await reportComment({ commentId: c.id, reason: "SPAM" })).ok).toBe(true);
    expect((await db.comment.findUniqueOrThrow({ where: { id: c.id } })).reportCount).toBe(2);
    expect(await db.commentReport.count({ where: { commentId: c.id } })).toBe(2);
  });

  it("refuses unknown reasons, long notes, held comments, comments of unpublished articles and unknown ids", async () => {
    const c = await approvedComment();
    freshReader();
    expect(await reportComment({ commentId: c.id, reason: "FUN" })).toMatchObject({ ok: false, fieldErrors: { reason: ["Bitte wählen Sie einen Grund."] } });
    expect(await reportComment({ commentId: c.id, reason: "OTHER", note: "x".repeat(501) })).toMatchObject({ ok: false, fieldErrors: { note: [expect.any(String)] } });
    const held = await approvedComment("PENDING");
    const hidden = await approvedComment("APPROVED", { status: "DRAFT" });
    for (const id of [held.id, hidden.id, 99_999_999]) {
      expect(await reportComment({ commentId: id, reason: "SPAM" })).toMatchObject({ ok: false, message: "Diesen Kommentar gibt es nicht oder nicht mehr." });
    }
    expect(await db.commentReport.count({ where: { commentId: { in: [held.id, hidden.id] } } })).toBe(0);
  });

  it("limits reports per IP", async () => {
    freshReader();
    const ip = requestHeaders.ip;
    const results = [];
    for (let i = 0; i < 11; i++) {
      const c = await approvedComment();
      requestHeaders.ip = ip;
      results.push(await reportComment({ commentId: c.id, reason: "SPAM" }));
    }
    expect(results.at(-1)).toMatchObject({ ok: false, message: expect.stringContaining("Zu viele") });
  });
});
