import { beforeEach, describe, expect, it } from "vitest";
import { freshReader, makeArticle } from "@/features/comments/test-fixtures.test-helper";
import { postComment } from "@/features/comments/post";
import { endSubscription, erasePerson, resendConfirmation, retryOutboxMail } from "@/features/subscriptions/admin-actions";
import { parseSubscriptionFilters } from "@/features/subscriptions/admin-params";
import { getSubscriber, listSubscriptions } from "@/features/subscriptions/admin-queries";
import { streamSubscriptionsCsv } from "@/features/subscriptions/export";
import { db } from "@/lib/db";
import { signInAs } from "@/test/session";

const subscribe = (articleId: number, reader: { email: string; name: string }, body = "") =>
  postComment({ articleId: String(articleId), name: reader.name, email: reader.email, body, subscribe: "on", website: "", idempotencyKey: Math.random().toString(36).slice(2) });

async function csvText(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

beforeEach(() => signInAs(["MODERATOR"], { name: "Mia Moderatorin" }));

describe("the subscriptions dashboard", () => {
  it("finds a subscriber by the start of the address and filters by kind, status and article", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await subscribe(article.id, reader);
    const byEmail = await listSubscriptions(parseSubscriptionFilters({ q: reader.email.slice(0, 12).toUpperCase() }));
    expect(byEmail.rows.map((r) => r.subscriber.email)).toContain(reader.email);
    expect((await listSubscriptions(parseSubscriptionFilters({ article: String(article.id), status: "PENDING", kind: "thread" }))).rows).toHaveLength(1);
    expect((await listSubscriptions(parseSubscriptionFilters({ article: String(article.id), status: "CONFIRMED" }))).rows).toHaveLength(0);
    // Hostile parameters are dropped, not an error.
    expect(parseSubscriptionFilters({ status: "DROP TABLE", article: "1 OR 1=1", cursor: "-5", kind: ["x"] })).toEqual({});
  });

  it("resends a confirmation (a new mail) and ends a subscription, each audited; refuses what does not apply", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await subscribe(article.id, reader);
    const sub = await db.subscription.findFirstOrThrow({ where: { subscriber: { email: reader.email } } });
    expect(await resendConfirmation(sub.id)).toMatchObject({ ok: true });
    expect(await db.outboxMail.count({ where: { to: reader.email, kind: "confirm" } })).toBe(2);
    expect(await endSubscription(sub.id)).toMatchObject({ ok: true });
    expect(await endSubscription(sub.id)).toMatchObject({ ok: false, message: "Dieses Abonnement ist bereits beendet." });
    expect(await resendConfirmation(sub.id)).toMatchObject({ ok: false });
    expect(await db.auditLog.count({ where: { targetType: "subscription", targetId: String(sub.id) } })).toBe(2);
  });

  it("refuses all of it to an editor", async () => {
    await signInAs(["EDITOR"]);
    expect(await endSubscription(1)).toMatchObject({ ok: false, message: "Dafür fehlt Ihnen die Berechtigung." });
    await expect(listSubscriptions({})).rejects.toThrow();
    await expect(streamSubscriptionsCsv({}, { columns: [], newsletter: "", thread: "", status: {} })).rejects.toThrow();
  });

  it("exports the filtered list as CSV, formulas neutralized", async () => {
    const article = await makeArticle({ title: "=HYPERLINK(\"http://evil.test\")" });
    const reader = freshReader();
    await subscribe(article.id, reader);
    const text = await csvText(await streamSubscriptionsCsv(parseSubscriptionFilters({ article: String(article.id) }), { columns: ["E-Mail", "Art", "Artikel", "Status", "Einwilligung", "Angefragt", "Bestätigt", "Abgemeldet"], newsletter: "Newsletter", thread: "Kommentare", status: { PENDING: "Unbestätigt" } }, 1));
    const lines = text.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("E-Mail,Art,Artikel,Status,Einwilligung,Angefragt,Bestätigt,Abgemeldet");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`${reader.email},Kommentare,"'=HYPERLINK(""http://evil.test"")",Unbestätigt,2026-11,`);
    expect(await db.auditLog.count({ where: { action: "subscriptions.export" } })).toBeGreaterThan(0);
  });

  it("erases a person: subscriptions gone, mails blanked, comments anonymised, the erasure audited without the address", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await subscribe(article.id, reader, "Mein Kommentar bleibt, mein Name nicht.");
    const subscriber = await db.subscriber.findUniqueOrThrow({ where: { email: reader.email } });
    const form = (confirm: string) => {
      const f = new FormData();
      f.set("confirm", confirm);
      return f;
    };
    expect(await erasePerson(subscriber.id, null, form("jemand@anders.example"))).toMatchObject({ ok: false, fieldErrors: { confirm: ["Die eingegebene Adresse stimmt nicht überein."] } });
    const done = await erasePerson(subscriber.id, null, form(reader.email.toUpperCase()));
    expect(done).toMatchObject({ ok: true, message: "Gelöscht: 1 Abonnement, 1 Kommentar anonymisiert." });
    expect(await getSubscriber(subscriber.id)).toBeNull();
    expect(await db.subscription.count({ where: { subscriberId: subscriber.id } })).toBe(0);
    expect(await db.outboxMail.count({ where: { to: reader.email } })).toBe(0);
    expect(await db.comment.count({ where: { authorEmail: reader.email } })).toBe(0);
    const comment = await db.comment.findFirstOrThrow({ where: { body: "Mein Kommentar bleibt, mein Name nicht." } });
    expect(comment).toMatchObject({ authorName: "Gelöscht", authorEmail: `geloescht-${subscriber.id}@invalid` });
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "subscriber.erase", targetId: String(subscriber.id) } });
    expect(JSON.stringify(row)).not.toContain(reader.email);
  });

  it("sends a failed mail again", async () => {
    const mail = await db.outboxMail.create({ data: { messageId: `<${Math.random()}@t>`, kind: "test", to: "x@test.local", subject: "s", text: "t", status: "FAILED", attempts: 8, lastError: "550" } });
    expect(await retryOutboxMail(mail.id)).toMatchObject({ ok: true });
    expect(await db.outboxMail.findUniqueOrThrow({ where: { id: mail.id } })).toMatchObject({ status: "QUEUED", attempts: 0, lastError: null });
    await db.outboxMail.update({ where: { id: mail.id }, data: { status: "SENT" } });
    expect(await retryOutboxMail(mail.id)).toMatchObject({ ok: false, message: "Diese E-Mail wurde schon versandt." });
  });
});
