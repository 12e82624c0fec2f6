import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshReader, makeArticle } from "@/features/comments/test-fixtures.test-helper";
import { decideComment } from "@/features/comments/moderation-actions";
import { digestMoment, sendDigests } from "@/features/subscriptions/digest";
import { fanOutThreadNotices } from "@/features/subscriptions/notify";
import { manageToken } from "@/features/subscriptions/links";
import { setDigest, subscriptionsOf } from "@/features/subscriptions/reader";
import { db } from "@/lib/db";
import { sendDueMail } from "@/lib/mail/sender";
import { smtpTransport } from "@/lib/mail/transport";
import { signInAs } from "@/test/session";
import { startSmtpServer } from "@/test/smtp";

async function confirmedThreadSubscriber(articleId: number) {
  const reader = freshReader();
  const s = await db.subscriber.create({
    data: { email: reader.email, subscriptions: { create: { listKey: `thread:${articleId}`, articleId, status: "CONFIRMED", consentVersion: "2026-11", confirmedAt: new Date(Date.now() - 86400_000) } } },
    select: { id: true, subscriptions: { select: { id: true } } },
  });
  return { ...reader, subscriberId: s.id, subscriptionId: s.subscriptions[0].id };
}

async function approve(articleId: number, author: { email: string; name: string }, body: string) {
  const c = await db.comment.create({ data: { articleId, authorName: author.name, authorEmail: author.email, ipHash: "h", body, status: "PENDING" }, select: { id: true } });
  expect(await decideComment({ id: c.id, expected: "PENDING", decision: "approve" })).toMatchObject({ ok: true });
  await fanOutThreadNotices(new Date());
  return c.id;
}

let closeSmtp: (() => Promise<void>) | undefined;
beforeEach(async () => {
  await signInAs(["MODERATOR"]);
  await db.outboxMail.deleteMany({});
});
afterEach(async () => {
  await closeSmtp?.();
  closeSmtp = undefined;
});

describe("the daily digest", () => {
  it("is due from 07:00 Berlin time", () => {
    expect(digestMoment(new Date("2026-11-27T05:59:00Z"))).toMatchObject({ day: "2026-11-26" }); // 06:59 CET
    expect(digestMoment(new Date("2026-11-27T06:00:00Z"))).toEqual({ day: "2026-11-27", moment: new Date("2026-11-27T06:00:00Z") });
    expect(digestMoment(new Date("2026-07-01T05:00:00Z")).moment).toEqual(new Date("2026-07-01T05:00:00Z")); // 07:00 CEST
  });

  it("replaces the immediate notices: one mail a day with the others' new comments, over SMTP, with one-click unsubscribe", async () => {
    const article = await makeArticle({ title: "Wohnmobilreisen im Winter" });
    const reader = await confirmedThreadSubscriber(article.id);
    const token = manageToken(reader.subscriberId);
    expect(await setDigest(token, reader.subscriptionId, true, new Date())).toBe(true);
    expect((await subscriptionsOf(token))?.subscriptions).toMatchObject([{ digest: true }]);
    // Another person's link changes nothing.
    expect(await setDigest(manageToken(reader.subscriberId + 1), reader.subscriptionId, false, new Date())).toBe(false);

    await approve(article.id, { email: "karin@example.org", name: "Karin" }, "Erster Gedanke.");
    await approve(article.id, { email: "otto@example.org", name: "Otto" }, "Zweiter Gedanke.");
    await approve(article.id, reader, "Mein eigener Beitrag.");
    expect(await db.outboxMail.count({ where: { to: reader.email } })).toBe(0); // no immediate notices

    const tomorrow7 = digestMoment(new Date(Date.now() + 86400_000)).moment;
    const at = new Date(tomorrow7.getTime() + 5 * 60_000);
    expect(await sendDigests(at)).toBeGreaterThanOrEqual(1);
    expect(await sendDigests(at)).toBe(0); // a second round the same day: nothing
    const [digest] = await db.outboxMail.findMany({ where: { to: reader.email } });
    expect(digest).toMatchObject({ kind: "digest", subject: "Tageszusammenfassung: 2 neue Kommentare zu „Wohnmobilreisen im Winter“" });

    const smtp = await startSmtpServer();
    closeSmtp = smtp.close;
    const transport = smtpTransport(smtp.url, "Newsdesk <noreply@test.local>");
    try {
      await sendDueMail({ transport, worker: "w1", now: () => at });
    } finally {
      transport.close?.();
    }
    const got = smtp.received.find((m) => m.to === reader.email)!;
    expect(got.text).toContain("Karin schreibt:");
    expect(got.text).toContain("Otto schreibt:");
    expect(got.text).not.toContain("Mein eigener Beitrag");
    expect(got.header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");

    // The next day with nothing new sends nothing; switched back, notices come at once again.
    expect(await sendDigests(new Date(at.getTime() + 86400_000))).toBe(0);
    expect(await db.outboxMail.count({ where: { to: reader.email } })).toBe(1);
    expect(await setDigest(token, reader.subscriptionId, false, new Date())).toBe(true);
    await approve(article.id, { email: "karin@example.org", name: "Karin" }, "Noch ein Gedanke.");
    expect(await db.outboxMail.count({ where: { to: reader.email, kind: "notify" } })).toBe(1);
  });
});
