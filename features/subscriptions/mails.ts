/**
 * The subscription mails, always in German (the reader site's language, whoever triggered them). Plain
 * text only: reader names and comment excerpts go into them as text, never as HTML. Notifications
 * carry the RFC 8058 one-click unsubscribe headers.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { absoluteUrl } from "@/features/site/url";
import { confirmUrl, manageUrl, oneClickUnsubscribeUrl, unsubscribeUrl } from "@/features/subscriptions/links";
import type { MailInput } from "@/lib/mail/outbox";

export const THREAD_CONSENT_VERSION = "2026-11";
export const NEWSLETTER_CONSENT_VERSION = "2026-11";
const EXCERPT = 300;
const LISTED = 5;

export const mailTranslator = () => getTranslations({ locale: "de", namespace: "subscriptions" });
type T = Awaited<ReturnType<typeof mailTranslator>>;

const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()} …` : text);

export function threadConfirmMail(t: T, p: { to: string; subscriberId: number; subscriptionId: number; requestedAt: Date; articleTitle: string }): MailInput {
  return {
    kind: "confirm",
    to: p.to,
    subject: t("mail.confirm.subject", { title: p.articleTitle }),
    text: [
      t("mail.greeting"),
      "",
      t("mail.confirm.intro", { title: p.articleTitle }),
      confirmUrl(p.subscriptionId, p.requestedAt),
      "",
      t("mail.confirm.validity"),
      t("mail.confirm.notYou"),
      "",
      t("mail.confirm.consent", { version: THREAD_CONSENT_VERSION, text: t("consent.thread") }),
      "",
      t("mail.signature"),
    ].join("\n"),
    dedupeKey: `confirm:${p.subscriptionId}:${p.requestedAt.getTime()}`,
    subscriberId: p.subscriberId,
  };
}

export function newsletterConfirmMail(t: T, p: { to: string; subscriberId: number; subscriptionId: number; requestedAt: Date }): MailInput {
  return {
    kind: "confirm",
    to: p.to,
    subject: t("mail.newsletterConfirm.subject"),
    text: [
      t("mail.greeting"),
      "",
      t("mail.newsletterConfirm.intro"),
      confirmUrl(p.subscriptionId, p.requestedAt),
      "",
      t("mail.confirm.validity"),
      t("mail.confirm.notYou"),
      "",
      t("mail.confirm.consent", { version: NEWSLETTER_CONSENT_VERSION, text: t("consent.newsletter") }),
      "",
      t("mail.signature"),
    ].join("\n"),
    dedupeKey: `confirm:${p.subscriptionId}:${p.requestedAt.getTime()}`,
    subscriberId: p.subscriberId,
  };
}

export type NewComment = { id: number; authorName: string; body: string };

type ThreadMail = { to: string; subscriberId: number; subscriptionId: number; article: { title: string; slug: string }; comments: NewComment[] };

/** What notices and digests share: the new comments (the first few as excerpts), the link, the unsubscribe footer. */
function threadMail(t: T, p: ThreadMail, head: { kind: string; subject: string; intro: string; dedupeKey: string }): MailInput {
  const count = p.comments.length;
  const listed = p.comments.slice(0, LISTED).flatMap((c) => [t("mail.notify.comment", { name: c.authorName }), excerpt(c.body), ""]);
  const firstAnchor = `#kommentar-${p.comments[0].id}`;
  return {
    kind: head.kind,
    to: p.to,
    subject: head.subject,
    text: [
      t("mail.greeting"),
      "",
      head.intro,
      "",
      ...listed,
      ...(count > LISTED ? [t("mail.notify.more", { count: count - LISTED }), ""] : []),
      t("mail.notify.read"),
      absoluteUrl(`/artikel/${p.article.slug}${firstAnchor}`),
      "",
      t("mail.signature"),
      "",
      "-- ",
      t("mail.footer.why"),
      t("mail.footer.unsubscribe", { url: unsubscribeUrl(p.subscriptionId) }),
      t("mail.footer.manage", { url: manageUrl(p.subscriberId) }),
    ].join("\n"),
    headers: listUnsubscribeHeaders(p.subscriptionId),
    dedupeKey: head.dedupeKey,
    subscriberId: p.subscriberId,
  };
}

/** RFC 8058: mail clients offer "unsubscribe" and POST to the link without asking the reader again. */
export function listUnsubscribeHeaders(subscriptionId: number) {
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(subscriptionId)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}

export function threadNotifyMail(t: T, p: ThreadMail & { batchKey: string }): MailInput {
  const count = p.comments.length;
  return threadMail(t, p, {
    kind: "notify",
    subject: t("mail.notify.subject", { count, title: p.article.title }),
    intro: t("mail.notify.intro", { count, title: p.article.title }),
    dedupeKey: `notify:${p.subscriptionId}:${p.batchKey}`,
  });
}

/** The daily digest of one thread: one mail per subscription and day, whatever runs it. */
export function threadDigestMail(t: T, p: ThreadMail & { day: string }): MailInput {
  const count = p.comments.length;
  return threadMail(t, p, {
    kind: "digest",
    subject: t("mail.digest.subject", { count, title: p.article.title }),
    intro: t("mail.digest.intro", { count, title: p.article.title }),
    dedupeKey: `digest:${p.subscriptionId}:${p.day}`,
  });
}
