import { beforeEach, describe, expect, it } from "vitest";
import { freshReader, makeArticle } from "@/features/comments/test-fixtures.test-helper";
import { decideComment, decideCommentsInBulk, undoLastModeration } from "@/features/comments/moderation-actions";
import { fanOutThreadNotices } from "@/features/subscriptions/notify";
import { threadListKey } from "@/features/subscriptions/requests";
import { db } from "@/lib/db";
import { signInAs } from "@/test/session";

/** `count` confirmed readers of the article's thread (the first may be given an address). */
async function subscribers(articleId: number, count: number, first?: string) {
  const emails = Array.from({ length: count }, (_, i) => (i === 0 && first ? first : freshReader().email));
  for (const email of emails) {
    await db.subscriber.create({
      data: { email, subscriptions: { create: { listKey: threadListKey(articleId), articleId, status: "CONFIRMED", consentVersion: "test", confirmedAt: new Date() } } },
    });
  }
  return emails;
}

async function pending(articleId: number, author = freshReader()) {
  const c = await db.comment.create({ data: { articleId, authorName: author.name, authorEmail: author.email, ipHash: "h", body: "Ein Gedanke.", status: "PENDING" }, select: { id: true } });
  return c.id;
}

const notifyMails = (emails: string[]) => db.outboxMail.findMany({ where: { kind: "notify", to: { in: emails } }, select: { to: true, dedupeKey: true } });

beforeEach(() => signInAs(["MODERATOR"]));

describe("thread notices", () => {
  it("an approval writes one notice per thread and no mail; the fan-out then mails every subscriber but the author, in batches", async () => {
    const [a, b] = [await makeArticle(), await makeArticle()];
    const author = freshReader();
    const readersA = await subscribers(a.id, 5, author.email);
    const readersB = await subscribers(b.id, 2);
    const ids = [await pending(a.id, author), await pending(a.id), await pending(b.id)];

    const r = await decideCommentsInBulk({ queue: "pending", decision: "approve", ids: ids.map((id) => `${id}:PENDING`) });
    expect(r.ok).toBe(true);
    const notices = await db.threadNotice.findMany({ where: { articleId: { in: [a.id, b.id] } }, orderBy: { articleId: "asc" } });
    expect(notices.map((n) => [n.articleId, n.commentIds, n.doneAt])).toEqual([
      [a.id, ids.slice(0, 2), null],
      [b.id, ids.slice(2), null],
    ]);
    expect(await notifyMails([...readersA, ...readersB])).toHaveLength(0);

    await fanOutThreadNotices(new Date(), { batch: 2 });
    const mails = await notifyMails([...readersA, ...readersB]);
    // The author of one of the two comments still hears of the other one.
    expect(mails.map((m) => m.to).sort()).toEqual([...readersA, ...readersB].sort());
    expect((await db.threadNotice.findMany({ where: { id: { in: notices.map((n) => n.id) } } })).every((n) => n.doneAt)).toBe(true);
    await fanOutThreadNotices(new Date(), { batch: 2 });
    expect(await notifyMails([...readersA, ...readersB])).toHaveLength(mails.length);
  });

  it("the author alone in a thread gets nothing", async () => {
    const article = await makeArticle();
    const author = freshReader();
    const [only] = await subscribers(article.id, 1, author.email);
    await decideComment({ id: await pending(article.id, author), expected: "PENDING", decision: "approve" });
    await fanOutThreadNotices(new Date());
    expect(await notifyMails([only])).toHaveLength(0);
  });

  it("a comment taken back before its notice went out is not announced", async () => {
    const article = await makeArticle();
    const readers = await subscribers(article.id, 2);
    await decideComment({ id: await pending(article.id), expected: "PENDING", decision: "approve" });
    expect((await undoLastModeration({})).ok).toBe(true);
    await fanOutThreadNotices(new Date());
    expect(await notifyMails(readers)).toHaveLength(0);
    expect(await db.threadNotice.count({ where: { articleId: article.id, doneAt: null } })).toBe(0);
  });

  it("two instances fanning out at once queue every mail exactly once", async () => {
    const article = await makeArticle();
    const readers = await subscribers(article.id, 7);
    await decideComment({ id: await pending(article.id), expected: "PENDING", decision: "approve" });
    await Promise.all([fanOutThreadNotices(new Date(), { batch: 2 }), fanOutThreadNotices(new Date(), { batch: 3 })]);
    const mails = await notifyMails(readers);
    expect(mails.map((m) => m.to).sort()).toEqual([...readers].sort());
    expect(new Set(mails.map((m) => m.dedupeKey)).size).toBe(readers.length);
  });
});
