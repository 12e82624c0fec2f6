import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeArticle } from "@/features/comments/test-fixtures.test-helper";
import { saveIssue, sendIssue } from "@/features/newsletter/actions";
import { fanOutNewsletters } from "@/features/newsletter/fan-out";
import { getIssue, previewIssue } from "@/features/newsletter/queries";
import { unsubscribe } from "@/features/subscriptions/reader";
import { db } from "@/lib/db";
import { sendDueMail } from "@/lib/mail/sender";
import { smtpTransport } from "@/lib/mail/transport";
import { signInAs } from "@/test/session";
import { startSmtpServer } from "@/test/smtp";

async function subscriber(status: "PENDING" | "CONFIRMED" | "UNSUBSCRIBED", listKey = "newsletter") {
  const email = `leser-${randomBytes(4).toString("hex")}@example.org`;
  const s = await db.subscriber.create({ data: { email, subscriptions: { create: { listKey, status, consentVersion: "2026-11", confirmedAt: status === "CONFIRMED" ? new Date() : null } } } });
  return { email, id: s.id };
}

async function draft(over: Partial<{ subject: string; intro: string; articleIds: number[] }> = {}) {
  const a = await makeArticle({ title: "Stadtbahn fährt wieder", teaser: "Ab Montag rollt die U6." });
  const b = await makeArticle({ title: "Neues Freibad", teaser: "Eröffnung im Mai." });
  const r = await saveIssue({ subject: "Die Woche in Stuttgart", intro: "Liebe Leserinnen und Leser,\n\ndas war die Woche.", articleIds: [a.id, b.id], ...over });
  expect(r).toMatchObject({ ok: true });
  return { ...r.data!, articles: [a, b] };
}

beforeEach(async () => {
  await signInAs(["EDITOR"]);
  await db.outboxMail.deleteMany({});
  await db.newsletterIssue.deleteMany({});
  await db.subscription.deleteMany({ where: { listKey: "newsletter" } });
});

let closeSmtp: (() => Promise<void>) | undefined;
afterEach(async () => {
  await closeSmtp?.();
  closeSmtp = undefined;
});

describe("newsletter issues", () => {
  it("refuses a draft without subject or articles, with unknown or unpublished articles, and from a moderator", async () => {
    const empty = await saveIssue({ subject: " ", intro: "", articleIds: [] });
    expect(empty).toMatchObject({ ok: false });
    expect(Object.keys((empty as { fieldErrors: object }).fieldErrors).sort()).toEqual(["articleIds", "subject"]);
    const hidden = await makeArticle({ status: "DRAFT" });
    expect(await saveIssue({ subject: "X", articleIds: [hidden.id] })).toMatchObject({ ok: false, message: "Mindestens ein gewählter Artikel ist nicht veröffentlicht." });
    expect(await saveIssue({ subject: "X", articleIds: [2_000_000_000] })).toMatchObject({ ok: false });
    expect(await db.newsletterIssue.count()).toBe(0);
    await signInAs(["MODERATOR"]);
    const live = await makeArticle();
    expect(await saveIssue({ subject: "X", articleIds: [live.id] })).toMatchObject({ ok: false, message: expect.stringMatching(/Berechtigung|permission/i) });
    expect(await db.newsletterIssue.count()).toBe(0);
  });

  it("a stale save is refused and keeps the newer text", async () => {
    const issue = await draft();
    const ids = issue.articles.map((a) => a.id);
    expect(await saveIssue({ id: issue.id, version: issue.version, subject: "Erste Fassung", articleIds: ids })).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await saveIssue({ id: issue.id, version: issue.version, subject: "Veraltete Fassung", articleIds: ids })).toMatchObject({ ok: false, message: expect.stringContaining("inzwischen geändert") });
    expect((await getIssue(issue.id))?.subject).toBe("Erste Fassung");
  });

  it("previews the mail with escaped text and links that do nothing", async () => {
    const issue = await draft({ subject: "<script>alert(1)</script> Woche" });
    const saved = (await getIssue(issue.id))!;
    const preview = await previewIssue(saved, new Date());
    expect(preview.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Woche");
    expect(preview.html).not.toContain("<script>");
    expect(preview.text).toContain("Stadtbahn fährt wieder");
    const token = /\/abo\/abmelden\/([A-Za-z0-9_.-]+)/.exec(preview.text)![1];
    expect((await unsubscribe(token, new Date())).state).toBe("invalid");
  });

  it("is sent once to every confirmed newsletter subscriber, each with their own unsubscribe, and its progress adds up", async () => {
    const confirmed = await Promise.all([1, 2, 3, 4, 5].map(() => subscriber("CONFIRMED")));
    await subscriber("PENDING");
    await subscriber("UNSUBSCRIBED");
    await subscriber("CONFIRMED", "thread:1");
    const issue = await draft();

    expect(await sendIssue(issue.id, issue.version)).toMatchObject({ ok: true });
    expect(await sendIssue(issue.id, issue.version)).toMatchObject({ ok: false, message: expect.stringContaining("bereits versendet") });
    expect(await saveIssue({ id: issue.id, version: issue.version, subject: "Zu spät", articleIds: issue.articles.map((a) => a.id) })).toMatchObject({ ok: false });
    expect((await getIssue(issue.id))!.progress).toMatchObject({ recipients: 5, queued: 0 });

    // Two instances fanning out at once, two recipients per batch: every subscriber gets exactly one mail.
    const at = new Date();
    await Promise.all([fanOutNewsletters(at, { batch: 2 }), fanOutNewsletters(at, { batch: 2 })]);
    const mails = await db.outboxMail.findMany({ where: { newsletterIssueId: issue.id } });
    expect(mails.map((m) => m.to).sort()).toEqual(confirmed.map((c) => c.email).sort());
    expect((await getIssue(issue.id))!).toMatchObject({ status: "SENT", progress: { recipients: 5, queued: 5, waiting: 5, sent: 0 } });

    const smtp = await startSmtpServer();
    closeSmtp = smtp.close;
    const transport = smtpTransport(smtp.url, "Newsdesk <noreply@test.local>");
    try {
      await sendDueMail({ transport, worker: "w1" });
    } finally {
      transport.close?.();
    }
    expect(smtp.received.map((r) => r.to).sort()).toEqual(confirmed.map((c) => c.email).sort());
    const got = smtp.received.find((r) => r.to === confirmed[0].email)!;
    expect(got.subject).toBe("Die Woche in Stuttgart");
    expect(got.text).toContain("Stadtbahn fährt wieder");
    expect(got.parsed.html).toContain("Neues Freibad");
    expect(got.header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    // The one-click link ends this subscriber's newsletter, nobody else's.
    const oneClick = /\/api\/abo\/abmelden\/([^>]+)>/.exec(got.header("List-Unsubscribe")!)![1];
    expect((await unsubscribe(oneClick, new Date())).state).toBe("unsubscribed");
    const left = await db.subscription.findMany({ where: { listKey: "newsletter", subscriber: { email: { in: confirmed.map((c) => c.email) } } }, select: { status: true, subscriber: { select: { email: true } } } });
    expect(left.filter((s) => s.status === "UNSUBSCRIBED").map((s) => s.subscriber.email)).toEqual([confirmed[0].email]);
    expect((await getIssue(issue.id))!.progress).toMatchObject({ recipients: 5, queued: 5, sent: 5, waiting: 0, failed: 0 });
  });

  it("refuses to send without confirmed subscribers", async () => {
    await subscriber("PENDING");
    const issue = await draft();
    expect(await sendIssue(issue.id, issue.version)).toMatchObject({ ok: false, message: "Es gibt keine bestätigten Newsletter-Abonnenten." });
    expect((await getIssue(issue.id))!.status).toBe("DRAFT");
  });
});
