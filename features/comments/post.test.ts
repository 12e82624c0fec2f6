import { afterEach, describe, expect, it } from "vitest";
import { approvedHistory, freshReader, makeArticle, requestHeaders } from "./test-fixtures.test-helper";
import { db } from "@/lib/db";
import { POST_LIMIT, postComment } from "@/features/comments/post";
import { hit } from "@/lib/rate-limit";
import { hashIp } from "@/lib/request-ip";
import { verifyCommentToken } from "@/features/comments/token";

const form = (articleId: number, reader: { email: string; name: string }, over: Record<string, unknown> = {}) => ({
  articleId: String(articleId),
  name: reader.name,
  email: reader.email.toUpperCase(),
  body: "Ein sachlicher Beitrag zur Impfschnecke.",
  website: "",
  idempotencyKey: Math.random().toString(36).slice(2),
  ...over,
});

afterEach(async () => {
  await db.wordListEntry.deleteMany();
});

describe("postComment", () => {
  it("holds a comment with a suspect word and records why, with a rules action", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await approvedHistory(reader.email, article.id);
    await db.wordListEntry.create({ data: { word: "Lüge", kind: "SUSPECT" } });
    const r = await postComment(form(article.id, reader, { body: "Das ist eine LÜGE." }));
    expect(r).toMatchObject({ ok: true, data: { kind: "comment", status: "PENDING" } });
    const id = r.ok && r.data?.kind === "comment" ? r.data.id : 0;
    const c = await db.comment.findUniqueOrThrow({ where: { id }, include: { actions: true } });
    expect(c).toMatchObject({ status: "PENDING", authorEmail: reader.email, heldReasons: [{ code: "SUSPECT_WORD", detail: "Lüge" }] });
    expect(c.ipHash).not.toContain(requestHeaders.ip);
    expect(c.actions).toMatchObject([{ actorId: null, action: "HOLD", toStatus: "PENDING" }]);
    expect(r.ok && r.data?.kind === "comment" && verifyCommentToken(id, r.data.token)).toBe(true);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).approvedComments).toBe(0);
  });

  it("approves on a post-moderated article for a commenter with an approved history and counts it", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await approvedHistory(reader.email, article.id);
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    const r = await postComment(form(article.id, reader));
    expect(r).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    const after = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(after.approvedComments).toBe(1);
    // A reader's comment is not an edit: the editors' "last edited" stays.
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    const actions = await db.moderationAction.findMany({ where: { comment: { articleId: article.id, authorEmail: reader.email, ipHash: { not: "old" } } } });
    expect(actions).toMatchObject([{ action: "APPROVE", toStatus: "APPROVED", actorId: null }]);
  });

  it("holds a new commenter and everything on a pre-moderated article", async () => {
    const reader = freshReader();
    const open = await makeArticle();
    const held = await postComment(form(open.id, reader));
    expect(held).toMatchObject({ ok: true, data: { status: "PENDING" } });
    const other = freshReader();
    const pre = await makeArticle({ commentMode: "PREMODERATED" });
    await approvedHistory(other.email, pre.id);
    const r = await postComment(form(pre.id, other));
    const c = await db.comment.findFirstOrThrow({ where: { authorEmail: other.email, articleId: pre.id, ipHash: { not: "old" } } });
    expect(r).toMatchObject({ ok: true, data: { status: "PENDING" } });
    expect(c.heldReasons).toEqual([{ code: "PREMODERATED_ARTICLE" }]);
  });

  it("rejects a banned word but answers like a held comment", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await db.wordListEntry.create({ data: { word: "Schwachkopf", kind: "BANNED" } });
    const r = await postComment(form(article.id, reader, { body: "Du Schwachkopf" }));
    expect(r).toMatchObject({ ok: true, data: { kind: "comment", status: "REJECTED" } });
    const c = await db.comment.findFirstOrThrow({ where: { authorEmail: reader.email }, include: { actions: true } });
    expect(c).toMatchObject({ status: "REJECTED", heldReasons: [{ code: "BANNED_WORD", detail: "Schwachkopf" }] });
    expect(c.actions).toMatchObject([{ action: "REJECT", toStatus: "REJECTED", reason: "BANNED_WORD" }]);
  });

  it("refuses a quick second post by the same e-mail and by the same IP", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    expect((await postComment(form(article.id, reader))).ok).toBe(true);
    const byEmail = await postComment(form(article.id, reader, { body: "Noch etwas anderes." }));
    expect(byEmail).toMatchObject({ ok: false, message: expect.stringContaining("Bitte warten Sie einen Moment") });
    // Another e-mail from the same address right after: refused by the IP side of the rule.
    const first = freshReader();
    const ip = requestHeaders.ip;
    expect((await postComment(form(article.id, first))).ok).toBe(true);
    const again = freshReader();
    requestHeaders.ip = ip;
    expect(await postComment(form(article.id, again))).toMatchObject({ ok: false, message: expect.stringContaining("Bitte warten") });
    expect(await db.comment.count({ where: { authorEmail: again.email } })).toBe(0);
  });

  it("refuses a duplicate by the same e-mail on the same article after the flood window", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await db.comment.create({ data: { articleId: article.id, authorName: "x", authorEmail: reader.email, ipHash: "old", body: "Gleicher  Text", createdAt: new Date(Date.now() - 3600_000) } });
    expect(await postComment(form(article.id, reader, { body: "gleicher text" }))).toMatchObject({ ok: false, message: "Diesen Kommentar haben Sie bereits abgeschickt." });
  });

  it("refuses banned e-mails and IP hashes with a neutral message", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await db.ban.create({ data: { kind: "EMAIL", value: reader.email } });
    expect(await postComment(form(article.id, reader))).toMatchObject({ ok: false, message: "Ihr Kommentar konnte leider nicht angenommen werden." });
    expect(await db.comment.count({ where: { authorEmail: reader.email } })).toBe(0);
  });

  it("returns the original result for a retried form and stores one row, also for two posts at once", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    const f = form(article.id, reader);
    const first = await postComment(f);
    const retry = await postComment(f);
    expect(retry).toEqual(first);
    const other = freshReader();
    const g = form(article.id, other);
    const [a, b] = await Promise.all([postComment(g), postComment(g)]);
    expect(a.ok && b.ok).toBe(true);
    expect(a).toEqual(b);
    expect(await db.comment.count({ where: { authorEmail: { in: [reader.email, other.email] } } })).toBe(2);
  });

  it("refuses a reply to another article's comment, to a reply and to a held comment", async () => {
    const article = await makeArticle();
    const other = await makeArticle();
    const foreign = await db.comment.create({ data: { articleId: other.id, authorName: "x", authorEmail: "x@example.org", ipHash: "h", body: "b", status: "APPROVED" } });
    const held = await db.comment.create({ data: { articleId: article.id, authorName: "x", authorEmail: "x@example.org", ipHash: "h", body: "b", status: "PENDING" } });
    const top = await db.comment.create({ data: { articleId: article.id, authorName: "x", authorEmail: "x@example.org", ipHash: "h", body: "b", status: "APPROVED" } });
    const reply = await db.comment.create({ data: { articleId: article.id, parentId: top.id, authorName: "x", authorEmail: "x@example.org", ipHash: "h", body: "b", status: "APPROVED" } });
    for (const parentId of [foreign.id, held.id, reply.id]) {
      expect(await postComment(form(article.id, freshReader(), { parentId: String(parentId) }))).toMatchObject({ ok: false, message: "Auf diesen Kommentar kann nicht geantwortet werden." });
    }
    const ok = await postComment(form(article.id, freshReader(), { parentId: String(top.id) }));
    expect(ok).toMatchObject({ ok: true });
  });

  it("refuses closed, unpublished, scheduled-later, deleted and unknown articles", async () => {
    const closed = await makeArticle({ commentMode: "CLOSED" });
    expect(await postComment(form(closed.id, freshReader()))).toMatchObject({ ok: false, message: "Die Kommentare zu diesem Artikel sind geschlossen." });
    for (const over of [{ status: "DRAFT" }, { publishAt: new Date(Date.now() + 3600_000), status: "SCHEDULED" }, { deletedAt: new Date() }, { unpublishAt: new Date(Date.now() - 1000) }]) {
      const a = await makeArticle(over);
      expect(await postComment(form(a.id, freshReader()))).toMatchObject({ ok: false, message: "Diesen Artikel gibt es nicht oder nicht mehr." });
    }
    expect(await postComment(form(99_999_999, freshReader()))).toMatchObject({ ok: false, message: "Diesen Artikel gibt es nicht oder nicht mehr." });
    expect(await postComment({ articleId: "1; DROP TABLE", status: "APPROVED" })).toMatchObject({ ok: false, fieldErrors: { articleId: expect.any(Array) } });
  });

  it("gives field errors for missing or oversized input and never trusts a forged status", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    const r = await postComment(form(article.id, reader, { name: "", email: "kein-at", body: "" }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { email: ["Bitte geben Sie eine gültige E-Mail-Adresse an."] } });
    const empty = await postComment(form(article.id, reader, { body: "   " }));
    expect(empty).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringContaining("Abonnieren")] } });
    const long = await postComment(form(article.id, reader, { body: "x".repeat(3001) }));
    expect(long).toMatchObject({ ok: false, fieldErrors: { body: ["Der Text darf höchstens 3000 Zeichen lang sein."] } });
    const huge = await postComment(form(article.id, reader, { body: "x".repeat(64 * 1024) }));
    expect(huge).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringContaining("höchstens")] } });
    const noName = await postComment(form(article.id, reader, { name: " " }));
    expect(noName).toMatchObject({ ok: false, fieldErrors: { name: ["Bitte geben Sie Ihren Namen an."] } });
    const forged = await postComment(form(article.id, reader, { status: "APPROVED", heldReasons: [] }));
    expect(forged).toMatchObject({ ok: true, data: { status: "PENDING" } });
  });

  it("discards a filled honeypot silently: answers like success, stores nothing", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    expect(await postComment(form(article.id, reader, { website: "http://spam.example" }))).toEqual({ ok: true, data: { kind: "received", slug: article.slug } });
    expect(await db.comment.count({ where: { authorEmail: reader.email } })).toBe(0);
  });

  it("stores <script> as plain text, byte for byte", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    const body = `<script>alert("x")</script> <img src=x onerror=alert(1)> ä`;
    const r = await postComment(form(article.id, reader, { body, name: "<b>Max</b>" }));
    expect(r.ok).toBe(true);
    const c = await db.comment.findFirstOrThrow({ where: { authorEmail: reader.email } });
    expect(c.body).toBe(body);
    expect(c.authorName).toBe("<b>Max</b>");
  });

  it("subscribe only: one pending thread subscription, no comment, no duplicate on a second sign-up, same answer", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    const first = await postComment(form(article.id, reader, { body: "", subscribe: "on" }));
    expect(first).toEqual({ ok: true, data: { kind: "subscribed", slug: article.slug } });
    const again = await postComment(form(article.id, { ...reader, name: "" }, { body: "", subscribe: "on" }));
    expect(again).toEqual(first);
    const subs = await db.subscription.findMany({ where: { subscriber: { email: reader.email } } });
    expect(subs).toMatchObject([{ listKey: `thread:${article.id}`, articleId: article.id, status: "PENDING", consentVersion: "2026-11", requestIpHash: expect.any(String) }]);
    expect(subs[0].expiresAt!.getTime() - Date.now()).toBeGreaterThan(6.9 * 86400_000);
    expect(await db.comment.count({ where: { authorEmail: reader.email } })).toBe(0);
  });

  it("a comment with the box ticked also requests the subscription", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    expect(await postComment(form(article.id, reader, { subscribe: "on" }))).toMatchObject({ ok: true, data: { kind: "comment", subscribed: true } });
    expect(await db.subscription.count({ where: { subscriber: { email: reader.email }, listKey: `thread:${article.id}` } })).toBe(1);
  });

  it("limits scripted floods per IP", async () => {
    const article = await makeArticle();
    const ip = freshReader() && requestHeaders.ip;
    const results = [];
    for (let i = 0; i < 21; i++) {
      requestHeaders.ip = ip;
      results.push(await postComment(form(article.id, { email: `bot${i}-${ip}@example.org`, name: "bot" }, { body: "" })));
    }
    expect(results.at(-1)).toMatchObject({ ok: false, message: expect.stringContaining("Zu viele") });
  });

  it("counts a stored comment in its own transaction: the post after the 20th from an address is refused, two at once at the edge store one", async () => {
    const article = await makeArticle();
    const ip = freshReader() && requestHeaders.ip;
    const limit = { key: `comment-post:${hashIp(ip)}`, windowMs: POST_LIMIT.windowMs };
    for (let i = 0; i < POST_LIMIT.max - 1; i++) await hit(limit, new Date());
    const [first, second] = [freshReader(), freshReader()];
    requestHeaders.ip = ip;
    expect(await postComment(form(article.id, first))).toMatchObject({ ok: true, data: { kind: "comment" } });
    expect(await postComment(form(article.id, second)), "the 21st post of the window").toMatchObject({ ok: false, message: expect.stringContaining("Zu viele") });

    const edge = freshReader() && requestHeaders.ip;
    const edgeLimit = { key: `comment-post:${hashIp(edge)}`, windowMs: POST_LIMIT.windowMs };
    for (let i = 0; i < POST_LIMIT.max - 1; i++) await hit(edgeLimit, new Date());
    const [a, b] = [freshReader(), freshReader()];
    requestHeaders.ip = edge;
    const answers = await Promise.all([postComment(form(article.id, a)), postComment(form(article.id, b))]);
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    expect(answers.find((r) => !r.ok)).toMatchObject({ ok: false });
    expect(await db.comment.count({ where: { ipHash: hashIp(edge) } }), "one stored, the other left nothing behind").toBe(1);
  });
});
