import { beforeEach, describe, expect, it } from "vitest";
import { approvedHistory, freshReader, makeArticle } from "@/features/comments/test-fixtures.test-helper";
import { decideComment } from "@/features/comments/moderation-actions";
import { postComment } from "@/features/comments/post";
import { confirmToken, manageToken, unsubscribeToken } from "@/features/subscriptions/links";
import { fanOutThreadNotices } from "@/features/subscriptions/notify";
import { confirmSubscription, confirmationState, subscriptionsOf, unsubscribe } from "@/features/subscriptions/reader";
import { purgeExpiredRequests } from "@/features/subscriptions/purge";
import { RESEND_AFTER_MS } from "@/features/subscriptions/requests";
import { db } from "@/lib/db";
import { signInAs } from "@/test/session";

const form = (articleId: number, reader: { email: string; name: string }, over: Record<string, unknown> = {}) => ({
  articleId: String(articleId),
  name: reader.name,
  email: reader.email,
  body: "",
  subscribe: "on",
  website: "",
  idempotencyKey: Math.random().toString(36).slice(2),
  ...over,
});

const mailsTo = (email: string) => db.outboxMail.findMany({ where: { to: email }, orderBy: { id: "asc" } });
const linkIn = (text: string, path: string) => new RegExp(`https?://[^\\s]+${path}/([A-Za-z0-9_.-]+)`).exec(text)?.[1];

async function subscribedReader(article: { id: number }) {
  const reader = freshReader();
  await postComment(form(article.id, reader));
  const [confirm] = await mailsTo(reader.email);
  expect((await confirmSubscription(linkIn(confirm.text, "/abo/bestaetigen")!, new Date())).state).toBe("confirmed");
  return reader;
}

async function heldComment(articleId: number, author: { email: string; name: string }, body: string) {
  const c = await db.comment.create({ data: { articleId, authorName: author.name, authorEmail: author.email, ipHash: "h", body, status: "PENDING" }, select: { id: true } });
  return c.id;
}

beforeEach(() => signInAs(["MODERATOR"]));

describe("thread subscriptions", () => {
  it("'nur abonnieren' queues one confirmation mail with the consent; its link confirms, once", async () => {
    const article = await makeArticle({ title: "Die Impfschnecke in BW" });
    const reader = freshReader();
    expect(await postComment(form(article.id, reader))).toEqual({ ok: true, data: { kind: "subscribed", slug: article.slug } });
    const [mail] = await mailsTo(reader.email);
    expect(mail).toMatchObject({ kind: "confirm", subject: "Bitte bestätigen Sie Ihr Abonnement: Die Impfschnecke in BW", status: "QUEUED" });
    expect(mail.text).toContain("Einwilligung (Fassung 2026-11)");
    const token = linkIn(mail.text, "/abo/bestaetigen")!;
    expect(await confirmationState(token, new Date())).toMatchObject({ state: "pending", article: { slug: article.slug } });
    // Opening the page changes nothing; the button does.
    expect((await db.subscription.findFirstOrThrow({ where: { subscriber: { email: reader.email } } })).status).toBe("PENDING");
    expect((await confirmSubscription(token, new Date())).state).toBe("confirmed");
    const sub = await db.subscription.findFirstOrThrow({ where: { subscriber: { email: reader.email } } });
    expect(sub).toMatchObject({ status: "CONFIRMED", consentVersion: "2026-11", expiresAt: null });
    expect(sub.confirmedAt).not.toBeNull();
    expect(sub.requestIpHash).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    expect((await confirmSubscription(token, new Date())).state).toBe("already");
  });

  it("a repeated sign-up sends no second mail within ten minutes, and a newer request voids the older link", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await postComment(form(article.id, reader));
    await postComment(form(article.id, reader));
    expect(await mailsTo(reader.email)).toHaveLength(1);
    const sub = await db.subscription.findFirstOrThrow({ where: { subscriber: { email: reader.email } } });
    const oldToken = confirmToken(sub.id, sub.requestedAt);
    // Later, a new request: a new mail, and the old link no longer confirms.
    await db.subscription.update({ where: { id: sub.id }, data: { requestedAt: new Date(Date.now() - RESEND_AFTER_MS - 1000) } });
    await postComment(form(article.id, reader));
    expect(await mailsTo(reader.email)).toHaveLength(2);
    expect((await confirmSubscription(oldToken, new Date())).state).toBe("expired");
    expect((await db.subscription.findUniqueOrThrow({ where: { id: sub.id } })).status).toBe("PENDING");
  });

  it("an expired or tampered link confirms nothing and says so", async () => {
    const article = await makeArticle();
    const reader = freshReader();
    await postComment(form(article.id, reader));
    const token = linkIn((await mailsTo(reader.email))[0].text, "/abo/bestaetigen")!;
    expect((await confirmSubscription(token, new Date(Date.now() + 8 * 86_400_000))).state).toBe("expired");
    const [id, rest] = token.split(/-(.*)/s);
    expect((await confirmSubscription(`${Number(id) + 1}-${rest}`, new Date())).state).toBe("invalid");
    expect((await confirmSubscription("1-abc.not-a-signature", new Date())).state).toBe("invalid");
    expect((await unsubscribe(`${id}.forged`, new Date())).state).toBe("invalid");
    expect(await subscriptionsOf("1.forged")).toBeNull();
    expect((await db.subscription.findFirstOrThrow({ where: { subscriber: { email: reader.email } } })).status).toBe("PENDING");
  });

  it("an approved comment notifies the confirmed subscribers of its thread, never its author, with one-click unsubscribe", async () => {
    const article = await makeArticle({ title: "Sechs Jahre\r\nBcc: x@evil.test" });
    const other = await makeArticle();
    const subscriber = await subscribedReader(article);
    const author = await subscribedReader(article);
    const elsewhere = await subscribedReader(other);
    const unconfirmed = freshReader();
    await postComment(form(article.id, unconfirmed));

    const id = await heldComment(article.id, { email: author.email, name: "Karin <M.>" }, "Ein neuer Gedanke zur Integration.");
    expect((await decideComment({ id, expected: "PENDING", decision: "approve" })).ok).toBe(true);
    // The decision queued one notice for the thread; the background job turns it into mails.
    expect(await mailsTo(subscriber.email)).toHaveLength(1);
    await fanOutThreadNotices(new Date());

    const [notice] = (await mailsTo(subscriber.email)).filter((m) => m.kind === "notify");
    expect(notice.subject).toBe("Neuer Kommentar zu „Sechs Jahre Bcc: x@evil.test“");
    expect(notice.text).toContain("Karin <M.> schreibt:\nEin neuer Gedanke zur Integration.");
    expect(notice.text).toContain(`/artikel/${article.slug}#kommentar-${id}`);
    const headers = notice.headers as Record<string, string>;
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    const oneClick = /\/api\/abo\/abmelden\/([^>]+)>/.exec(headers["List-Unsubscribe"])![1];
    expect((await mailsTo(author.email)).filter((m) => m.kind === "notify")).toHaveLength(0);
    expect((await mailsTo(elsewhere.email)).filter((m) => m.kind === "notify")).toHaveLength(0);
    expect((await mailsTo(unconfirmed.email)).filter((m) => m.kind === "notify")).toHaveLength(0);

    // The manage link lists the subscription; the one-click token ends it; the next approval sends nothing.
    const manage = linkIn(notice.text, "/abo/verwalten")!;
    expect(manage).toBe(manageToken(notice.subscriberId!));
    expect((await subscriptionsOf(manage))?.subscriptions).toMatchObject([{ status: "CONFIRMED", article: { slug: article.slug } }]);
    expect((await unsubscribe(oneClick, new Date())).state).toBe("unsubscribed");
    expect((await unsubscribe(oneClick, new Date())).state).toBe("already");
    expect(oneClick).toBe(unsubscribeToken((await db.subscription.findFirstOrThrow({ where: { subscriber: { email: subscriber.email } } })).id));
    const next = await heldComment(article.id, { email: "dritte@example.org", name: "Dritte" }, "Noch einer.");
    await decideComment({ id: next, expected: "PENDING", decision: "approve" });
    await fanOutThreadNotices(new Date());
    expect((await mailsTo(subscriber.email)).filter((m) => m.kind === "notify")).toHaveLength(1);
    expect((await mailsTo(author.email)).filter((m) => m.kind === "notify")).toHaveLength(1);
  });

  it("a post-moderated comment that passes the rules notifies at once", async () => {
    const article = await makeArticle({ commentMode: "OPEN" });
    const subscriber = await subscribedReader(article);
    const author = freshReader();
    await approvedHistory(author.email, article.id);
    const r = await postComment(form(article.id, author, { body: "Ein sachlicher Beitrag.", subscribe: "" }));
    expect(r).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    await fanOutThreadNotices(new Date());
    expect((await mailsTo(subscriber.email)).filter((m) => m.kind === "notify")).toHaveLength(1);
  });
});

describe("expired requests", () => {
  it("are purged after 7 days with a subscriber left without subscriptions; confirmed ones stay", async () => {
    const article = await makeArticle();
    const lapsed = freshReader();
    await postComment(form(article.id, lapsed));
    const kept = await subscribedReader(article);
    const in8Days = new Date(Date.now() + 8 * 86_400_000);
    expect(await purgeExpiredRequests(new Date())).toBe(0);
    expect(await purgeExpiredRequests(in8Days)).toBeGreaterThanOrEqual(1);
    expect(await db.subscriber.count({ where: { email: lapsed.email } })).toBe(0);
    expect(await db.subscription.count({ where: { subscriber: { email: kept.email }, status: "CONFIRMED" } })).toBe(1);
  });
});

describe("the newsletter sign-up", () => {
  const form = (email: string, website = "") => {
    const f = new FormData();
    f.set("email", email);
    f.set("website", website);
    return f;
  };
  const redirectOf = async (run: Promise<unknown>) => {
    const error = await run.then(() => null, (e: unknown) => e as { digest?: string });
    return error?.digest?.split(";")[2] ?? null;
  };

  it("answers every valid request the same, queues one confirmation mail, and its link confirms the newsletter", async () => {
    const { signUpForNewsletter } = await import("@/features/subscriptions/newsletter-actions");
    const reader = freshReader();
    expect(await redirectOf(signUpForNewsletter(form(reader.email.toUpperCase())))).toBe("/newsletter/angemeldet");
    expect(await redirectOf(signUpForNewsletter(form(reader.email)))).toBe("/newsletter/angemeldet");
    const mails = await mailsTo(reader.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ kind: "confirm", subject: "Bitte bestätigen Sie Ihr Newsletter-Abonnement" });
    const token = linkIn(mails[0].text, "/abo/bestaetigen")!;
    expect(await confirmSubscription(token, new Date())).toMatchObject({ state: "confirmed", newsletter: true });
    expect(await db.subscription.findFirstOrThrow({ where: { subscriber: { email: reader.email } } })).toMatchObject({ listKey: "newsletter", status: "CONFIRMED", articleId: null });
  });

  it("refuses an invalid address and answers the honeypot like a success without storing anything", async () => {
    const { signUpForNewsletter } = await import("@/features/subscriptions/newsletter-actions");
    expect(await redirectOf(signUpForNewsletter(form("kein-at-zeichen")))).toBe("/newsletter?fehler=email");
    expect(await redirectOf(signUpForNewsletter(form("a@b.example\r\nBcc: x@evil.test")))).toBe("/newsletter?fehler=email");
    const bot = freshReader();
    expect(await redirectOf(signUpForNewsletter(form(bot.email, "http://spam.example")))).toBe("/newsletter/angemeldet");
    expect(await db.subscriber.count({ where: { email: bot.email } })).toBe(0);
  });
});
