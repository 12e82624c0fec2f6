/**
 * For every staff server action: what it needs in the database (`seed`, run fresh before each call,
 * so an allowed call cannot spoil the next subject's) and one valid call with that (`call`). The
 * matrix test runs each as every subject; a staff action without a case here fails the coverage check.
 */
import { randomBytes } from "node:crypto";
import { approveBooking, cancelBooking, createBooking, rejectBooking } from "@/features/ads/actions";
import { saveAdvertiser } from "@/features/ads/advertiser-actions";
import { saveSlot } from "@/features/ads/slot-actions";
import { createArticle, restoreRevision, saveArticle, transitionArticle } from "@/features/articles/actions";
import { bulkArticleAction } from "@/features/articles/bulk-actions";
import { banCommenter, banCommentIp, unbanCommenter, unbanCommentIp } from "@/features/comments/commenter-actions";
import { decideComment, decideCommentsInBulk, undoLastModeration } from "@/features/comments/moderation-actions";
import { addBan, addWord, removeBan, removeWord, saveCommentSettings } from "@/features/comments/rules-admin-actions";
import { getCommentSettings } from "@/features/comments/settings";
import { uploadImage } from "@/features/media/actions";
import { saveIssue, sendIssue } from "@/features/newsletter/actions";
import { createSection, deleteSection, moveSection, renameSection } from "@/features/sections/actions";
import { clearStaffLoginLock, disableStaff, enableStaff, resetStaffPassword } from "@/features/staff/account-actions";
import { createStaff, updateStaffRoles } from "@/features/staff/actions";
import { endSubscription, erasePerson, resendConfirmation, retryOutboxMail } from "@/features/subscriptions/admin-actions";
import { addWeeks } from "@/features/surf-tips/weeks";
import { addSurfTip, checkSurfTipLinksNow, copySurfTipWeek, moveSurfTip, removeSurfTip, updateSurfTip } from "@/features/surf-tips/actions";
import { now } from "@/lib/clock";
import { dayOf, isoWeekOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { fileOf, PIXEL_PNG } from "@/test/images";
import { submitReport } from "@/features/comments/reader-actions";
import { requestBooking } from "@/features/ads/request-actions";
import { acceptInvite } from "@/features/staff/invite-actions";
import { hashInviteToken, newInviteToken } from "@/features/staff/secrets";
import { confirmToken, manageToken, unsubscribeToken } from "@/features/subscriptions/links";
import { signUpForNewsletter } from "@/features/subscriptions/newsletter-actions";
import { confirmFromMail, setDeliveryFromMail, unsubscribeFromMail } from "@/features/subscriptions/reader-actions";
import { setLocale } from "@/lib/locale-actions";
import { logout } from "@/features/admin-shell/logout";

export const tag = () => randomBytes(4).toString("hex");

export type Case = { seed: () => Promise<Record<string, unknown>>; call: (s: Record<string, unknown>) => Promise<unknown> };

const num = (v: unknown) => v as number;
const str = (v: unknown) => v as string;

/** An instant relative to the app's clock (tests elsewhere may move it). */
export const fromNow = async (days: number) => new Date((await now()).getTime() + days * 86_400_000);

export async function seedSection() {
  return db.section.create({ data: { name: `Authz ${tag()}`, slug: `authz-${tag()}` }, select: { id: true } });
}

export async function seedArticle(over: { status?: "DRAFT" | "IN_REVIEW" | "PUBLISHED"; authorId?: number; publishAt?: Date } = {}) {
  const section = await seedSection();
  const t = tag();
  const article = await db.article.create({
    data: { slug: `authz-${t}`, sectionId: section.id, byline: "Redaktion", title: `Authz ${t}`, teaser: "Kurz", bodyHtml: "<p>Text</p>", status: over.status ?? "DRAFT", authorId: over.authorId ?? null, publishAt: over.publishAt ?? null },
    select: { id: true, version: true, sectionId: true },
  });
  await db.articleRevision.create({ data: { articleId: article.id, version: 1, title: `Authz ${t}`, teaser: "Kurz", bodyHtml: "<p>Text</p>" } });
  return article;
}

export async function seedComment(status: "PENDING" | "APPROVED" = "PENDING") {
  const article = await seedArticle({ status: "PUBLISHED", publishAt: await fromNow(-1) });
  return db.comment.create({
    data: { articleId: article.id, authorName: "Leserin", authorEmail: `leserin-${tag()}@test.local`, ipHash: randomBytes(24).toString("base64url"), body: "Ein Kommentar", status },
    select: { id: true, authorEmail: true, ipHash: true },
  });
}

export async function seedSubscriber() {
  return db.subscriber.create({ data: { email: `abo-${tag()}@test.local` }, select: { id: true, email: true } });
}

export async function seedThreadSubscription(status: "PENDING" | "CONFIRMED" = "PENDING") {
  const subscriber = await seedSubscriber();
  const article = await seedArticle({ status: "PUBLISHED", publishAt: await fromNow(-1) });
  const sub = await db.subscription.create({
    data: { subscriberId: subscriber.id, listKey: `thread:${article.id}`, articleId: article.id, consentVersion: "1", status, expiresAt: status === "PENDING" ? await fromNow(1) : null },
    select: { id: true, requestedAt: true },
  });
  return { subscriber, sub, article };
}

async function seedUser(over: { disabled?: boolean } = {}) {
  return db.user.create({
    data: { name: "Authz Ziel", email: `ziel-${tag()}@test.local`, passwordHash: null, disabledAt: over.disabled ? new Date() : null, roles: { create: [{ role: "EDITOR" }] } },
    select: { id: true },
  });
}

async function seedSlot() {
  return db.adSlot.create({ data: { key: `authz-${tag()}`, name: `Authz ${tag()}`, width: 300, height: 250, pricePerDayCents: 500, capacity: 5, active: true }, select: { id: true } });
}

async function futureDays() {
  const today = dayOf(await now());
  const day = (n: number) => new Date(Date.parse(`${today}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  return { startDay: day(30), endDay: day(31) };
}

async function seedBooking(status: "REQUESTED" | "BOOKED" = "REQUESTED") {
  const slot = await seedSlot();
  const advertiser = await db.advertiser.create({ data: { name: "Authz GmbH", email: `werbung-${tag()}@test.local` }, select: { id: true } });
  const booking = await db.booking.create({
    data: { advertiserId: advertiser.id, slotId: slot.id, ...(await futureDays()), status, headline: "Authz", text: "Anzeige", targetUrl: "https://example.com/", priceCents: 1000 },
    select: { id: true },
  });
  return { id: booking.id, slotId: slot.id };
}

/** A week of its own in the future, so planners' limits (10 per week) and past-week rules never interfere. */
async function freshWeek() {
  return addWeeks(isoWeekOf(await now()), 10 + Math.floor(Math.random() * 400));
}

async function seedTips(count = 2) {
  const week = await freshWeek();
  const ids: number[] = [];
  for (let position = 0; position < count; position++) {
    ids.push((await db.surfTip.create({ data: { isoWeek: week, position, label: `Tipp ${position}`, url: `https://example.com/${tag()}` }, select: { id: true } })).id);
  }
  return { week, ids };
}

const form = (fields: Record<string, string | Blob>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
};

const articleFields = (sectionId: number) => ({ title: `Authz ${tag()}`, teaser: "Kurz", bodyHtml: "<p>Text</p>", sectionId, byline: "Redaktion" });

export const CASES: Record<string, Case> = {
  "features/articles/actions.ts#createArticle": { seed: async () => seedSection(), call: (s) => createArticle(articleFields(num(s.id))) },
  "features/articles/actions.ts#saveArticle": { seed: async () => seedArticle(), call: (s) => saveArticle({ ...articleFields(num(s.sectionId)), id: s.id, version: s.version }) },
  "features/articles/actions.ts#transitionArticle": { seed: async () => seedArticle(), call: (s) => transitionArticle({ id: s.id, version: s.version, action: "archive" }) },
  "features/articles/actions.ts#restoreRevision": { seed: async () => seedArticle(), call: (s) => restoreRevision({ id: s.id, version: s.version, revision: 1 }) },
  "features/articles/bulk-actions.ts#bulkArticleAction": { seed: async () => seedArticle(), call: (s) => bulkArticleAction({ action: "archive", ids: [s.id] }) },
  "features/media/actions.ts#uploadImage": {
    // Fresh bytes each time (a PNG with a trailing comment), so an upload always adds a file.
    seed: async () => ({ bytes: Buffer.concat([PIXEL_PNG, Buffer.from(tag())]) }),
    call: (s) => uploadImage(form({ file: fileOf(s.bytes as Buffer, "bild.png", "image/png") })),
  },
  "features/sections/actions.ts#createSection": { seed: async () => ({}), call: () => createSection(null, { name: `Ressort ${tag()}` }) },
  "features/sections/actions.ts#renameSection": { seed: async () => seedSection(), call: (s) => renameSection(num(s.id), null, { name: `Umbenannt ${tag()}` }) },
  "features/sections/actions.ts#moveSection": { seed: async () => (await seedSection(), seedSection()), call: (s) => moveSection(num(s.id), "up") },
  "features/sections/actions.ts#deleteSection": { seed: async () => seedSection(), call: (s) => deleteSection(num(s.id)) },
  "features/newsletter/actions.ts#saveIssue": {
    seed: async () => seedArticle({ status: "PUBLISHED", publishAt: await fromNow(-1) }),
    call: (s) => saveIssue({ subject: `Newsletter ${tag()}`, intro: "Hallo", articleIds: [s.id] }),
  },
  "features/newsletter/actions.ts#sendIssue": {
    seed: async () => {
      const article = await seedArticle({ status: "PUBLISHED", publishAt: await fromNow(-1) });
      const subscriber = await seedSubscriber();
      await db.subscription.create({ data: { subscriberId: subscriber.id, listKey: "newsletter", consentVersion: "1", status: "CONFIRMED" } });
      return db.newsletterIssue.create({ data: { subject: "Ausgabe", intro: "", articleIds: [article.id] }, select: { id: true, version: true } });
    },
    call: (s) => sendIssue(num(s.id), num(s.version)),
  },

  "features/staff/actions.ts#createStaff": { seed: async () => ({}), call: () => createStaff(null, { name: "Neu", email: `neu-${tag()}@test.local`, roles: ["EDITOR"], access: "invite" }) },
  "features/staff/actions.ts#updateStaffRoles": { seed: async () => seedUser(), call: (s) => updateStaffRoles(num(s.id), null, { roles: ["MODERATOR"] }) },
  "features/staff/account-actions.ts#disableStaff": { seed: async () => seedUser(), call: (s) => disableStaff(num(s.id)) },
  "features/staff/account-actions.ts#enableStaff": { seed: async () => seedUser({ disabled: true }), call: (s) => enableStaff(num(s.id)) },
  "features/staff/account-actions.ts#resetStaffPassword": { seed: async () => seedUser(), call: (s) => resetStaffPassword(num(s.id)) },
  "features/staff/account-actions.ts#clearStaffLoginLock": { seed: async () => seedUser(), call: (s) => clearStaffLoginLock(num(s.id)) },

  "features/comments/moderation-actions.ts#decideComment": { seed: async () => seedComment(), call: (s) => decideComment({ id: s.id, expected: "PENDING", decision: "approve" }) },
  "features/comments/moderation-actions.ts#decideCommentsInBulk": {
    seed: async () => seedComment(),
    call: (s) => decideCommentsInBulk({ queue: "pending", decision: "approve", ids: [`${num(s.id)}:PENDING`] }),
  },
  // The caller's own last decision: allowed subjects may have none ("nothing to undo" is no refusal).
  "features/comments/moderation-actions.ts#undoLastModeration": { seed: async () => ({}), call: () => undoLastModeration({}) },
  "features/comments/commenter-actions.ts#banCommenter": { seed: async () => seedComment(), call: (s) => banCommenter(str(s.authorEmail), null, { reason: "Spam" }) },
  "features/comments/commenter-actions.ts#unbanCommenter": {
    seed: async () => {
      const email = `gesperrt-${tag()}@test.local`;
      await db.ban.create({ data: { kind: "EMAIL", value: email } });
      return { email };
    },
    call: (s) => unbanCommenter(str(s.email)),
  },
  "features/comments/commenter-actions.ts#banCommentIp": { seed: async () => seedComment(), call: (s) => banCommentIp(num(s.id), null, { reason: "Spam" }) },
  "features/comments/commenter-actions.ts#unbanCommentIp": {
    seed: async () => {
      const comment = await seedComment();
      await db.ban.create({ data: { kind: "IP_HASH", value: comment.ipHash } });
      return comment;
    },
    call: (s) => unbanCommentIp(num(s.id)),
  },
  "features/comments/rules-admin-actions.ts#addWord": { seed: async () => ({}), call: () => addWord(null, { kind: "BANNED", word: `wort${tag()}` }) },
  "features/comments/rules-admin-actions.ts#removeWord": {
    seed: async () => db.wordListEntry.create({ data: { word: `wort${tag()}`, kind: "SUSPECT" }, select: { id: true } }),
    call: (s) => removeWord(num(s.id)),
  },
  "features/comments/rules-admin-actions.ts#saveCommentSettings": {
    // Flips one switch: the two allowed subjects flip it there and back again.
    seed: async () => ({ settings: await getCommentSettings(db) }),
    call: (s) => {
      const settings = s.settings as Awaited<ReturnType<typeof getCommentSettings>>;
      return saveCommentSettings(null, { ...settings, premoderateAll: settings.premoderateAll ? "" : "on" });
    },
  },
  "features/comments/rules-admin-actions.ts#addBan": { seed: async () => ({}), call: () => addBan(null, { kind: "EMAIL", value: `bann-${tag()}@test.local` }) },
  "features/comments/rules-admin-actions.ts#removeBan": {
    seed: async () => db.ban.create({ data: { kind: "EMAIL", value: `bann-${tag()}@test.local` }, select: { id: true } }),
    call: (s) => removeBan(num(s.id)),
  },

  "features/subscriptions/admin-actions.ts#resendConfirmation": { seed: async () => (await seedThreadSubscription("PENDING")).sub, call: (s) => resendConfirmation(num(s.id)) },
  "features/subscriptions/admin-actions.ts#endSubscription": { seed: async () => (await seedThreadSubscription("CONFIRMED")).sub, call: (s) => endSubscription(num(s.id)) },
  "features/subscriptions/admin-actions.ts#erasePerson": {
    seed: async () => (await seedThreadSubscription("CONFIRMED")).subscriber,
    call: (s) => erasePerson(num(s.id), null, form({ confirm: str(s.email) })),
  },
  "features/subscriptions/admin-actions.ts#retryOutboxMail": {
    seed: async () =>
      db.outboxMail.create({ data: { messageId: `<authz-${tag()}@test.local>`, kind: "confirm", to: "leser@test.local", subject: "Test", text: "Test", status: "FAILED" }, select: { id: true } }),
    call: (s) => retryOutboxMail(num(s.id)),
  },

  "features/ads/actions.ts#approveBooking": { seed: async () => seedBooking("REQUESTED"), call: (s) => approveBooking(num(s.id)) },
  "features/ads/actions.ts#rejectBooking": { seed: async () => seedBooking("REQUESTED"), call: (s) => rejectBooking(num(s.id), null, form({ note: "Nein" })) },
  "features/ads/actions.ts#cancelBooking": { seed: async () => seedBooking("BOOKED"), call: (s) => cancelBooking(num(s.id)) },
  "features/ads/actions.ts#createBooking": {
    seed: async () => ({ slotId: (await seedSlot()).id, ...(await futureDays()) }),
    call: (s) => createBooking({ slotId: s.slotId, startDay: s.startDay, endDay: s.endDay, headline: "Direkt", text: "Gebucht", targetUrl: "https://example.com/", company: "Authz GmbH", email: `kunde-${tag()}@test.local` }),
  },
  "features/ads/advertiser-actions.ts#saveAdvertiser": {
    seed: async () => ({ advertiserId: (await db.advertiser.create({ data: { name: `Werbepartner ${tag()}`, email: `wp-${tag()}@test.local` } })).id }),
    call: (s) => saveAdvertiser({ id: s.advertiserId, company: `Geändert ${tag()}`, email: `neu-${tag()}@test.local`, contactName: "", phone: "" }),
  },
  "features/ads/slot-actions.ts#saveSlot": { seed: async () => ({}), call: () => saveSlot({ name: `Platz ${tag()}`, width: 300, height: 250, price: "5", capacity: 2, active: "on" }) },

  "features/surf-tips/actions.ts#addSurfTip": { seed: async () => ({ week: await freshWeek() }), call: (s) => addSurfTip(str(s.week), null, { label: "Neu", url: "https://example.com/neu" }) },
  "features/surf-tips/actions.ts#updateSurfTip": { seed: async () => seedTips(1), call: (s) => updateSurfTip((s.ids as number[])[0], null, { label: `Geändert ${tag()}`, url: "https://example.com/neu" }) },
  "features/surf-tips/actions.ts#moveSurfTip": { seed: async () => seedTips(2), call: (s) => moveSurfTip((s.ids as number[])[1], "up") },
  "features/surf-tips/actions.ts#removeSurfTip": { seed: async () => seedTips(1), call: (s) => removeSurfTip((s.ids as number[])[0]) },
  "features/surf-tips/actions.ts#copySurfTipWeek": {
    seed: async () => {
      const tips = await seedTips(1);
      return { ...tips, to: addWeeks(tips.week, 1) };
    },
    call: (s) => copySurfTipWeek(str(s.week), null, { to: str(s.to), replace: "on" }),
  },
  // fetch is stubbed by the matrix test: no link leaves the machine.
  "features/surf-tips/actions.ts#checkSurfTipLinksNow": { seed: async () => seedTips(1), call: () => checkSurfTipLinksNow() },
};

/**
 * The public and token actions, each with a valid input of a fresh subject: every caller (anonymous,
 * any staff member) must get the same answer, since none of them may act on a session.
 */
export const PUBLIC_CASES: Record<string, Case> = {
  "features/comments/reader-actions.ts#submitReport": { seed: async () => seedComment("APPROVED"), call: (s) => submitReport(null, form({ commentId: String(num(s.id)), reason: "SPAM" })) },
  "features/subscriptions/newsletter-actions.ts#signUpForNewsletter": { seed: async () => ({}), call: () => signUpForNewsletter(form({ email: `nl-${tag()}@test.local` })) },
  "features/ads/request-actions.ts#requestBooking": {
    seed: async () => ({ slotId: (await seedSlot()).id, ...(await futureDays()) }),
    call: (s) =>
      requestBooking(
        null,
        form({ slotId: String(num(s.slotId)), startDay: str(s.startDay), endDay: str(s.endDay), headline: "Anfrage", text: "Bitte", targetUrl: "https://example.com/", company: "Leser GmbH", email: `anfrage-${tag()}@test.local` }),
      ),
  },
  "lib/locale-actions.ts#setLocale": { seed: async () => ({}), call: () => setLocale(form({ locale: "en" })) },
  "features/admin-shell/logout.ts#logout": { seed: async () => ({}), call: () => logout() },
  "features/subscriptions/reader-actions.ts#confirmFromMail": {
    seed: async () => (await seedThreadSubscription("PENDING")).sub,
    call: (s) => confirmFromMail(form({ token: confirmToken(num(s.id), s.requestedAt as Date) })),
  },
  "features/subscriptions/reader-actions.ts#unsubscribeFromMail": {
    seed: async () => (await seedThreadSubscription("CONFIRMED")).sub,
    call: (s) => unsubscribeFromMail(form({ token: unsubscribeToken(num(s.id)) })),
  },
  "features/subscriptions/reader-actions.ts#setDeliveryFromMail": {
    seed: async () => {
      const { sub, subscriber } = await seedThreadSubscription("CONFIRMED");
      return { id: sub.id, subscriberId: subscriber.id };
    },
    call: (s) => setDeliveryFromMail(form({ manage: manageToken(num(s.subscriberId)), id: String(num(s.id)), digest: "1" })),
  },
  "features/staff/invite-actions.ts#acceptInvite": {
    seed: async () => {
      const token = newInviteToken();
      await db.user.create({ data: { name: "Eingeladen", email: `inv-${tag()}@test.local`, inviteTokenHash: hashInviteToken(token), inviteExpiresAt: await fromNow(1), roles: { create: [{ role: "EDITOR" }] } } });
      return { token };
    },
    call: (s) => acceptInvite(str(s.token), null, { password: "ein langes gutes Passwort" }),
  },
};
