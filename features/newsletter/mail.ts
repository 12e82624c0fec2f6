/**
 * A newsletter issue as the mail one subscriber receives: the intro and the chosen articles (title,
 * teaser, link), in plain text and in simple HTML built from escaped text, with that subscriber's own
 * one-click unsubscribe (RFC 8058) and manage links. Always in German, the reader site's language.
 */
import "server-only";
import { absoluteUrl } from "@/features/site/url";
import { listUnsubscribeHeaders, mailTranslator } from "@/features/subscriptions/mails";
import { manageUrl, unsubscribeUrl } from "@/features/subscriptions/links";
import { escapeHtml } from "@/lib/html";
import type { MailInput } from "@/lib/mail/outbox";

export type NewsletterArticle = { id: number; title: string; teaser: string; slug: string; section: string };
export type NewsletterContent = { id: number; subject: string; intro: string; articles: NewsletterArticle[] };
export type Recipient = { to: string; subscriberId: number; subscriptionId: number };

type T = Awaited<ReturnType<typeof mailTranslator>>;

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

export function newsletterMail(t: T, issue: NewsletterContent, r: Recipient): MailInput {
  const links = { unsubscribe: unsubscribeUrl(r.subscriptionId), manage: manageUrl(r.subscriberId) };
  const articleUrl = (a: NewsletterArticle) => absoluteUrl(`/artikel/${a.slug}`);
  const text = [
    ...paragraphs(issue.intro).flatMap((p) => [p, ""]),
    ...issue.articles.flatMap((a) => [`${a.section}: ${a.title}`, a.teaser, `${t("mail.newsletter.read")} ${articleUrl(a)}`, ""]),
    t("mail.signature"),
    "",
    "-- ",
    t("mail.newsletter.why"),
    t("mail.footer.unsubscribe", { url: links.unsubscribe }),
    t("mail.footer.manage", { url: links.manage }),
  ].join("\n");
  const e = escapeHtml;
  const html = [
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${e(issue.subject)}</title></head>`,
    `<body style="margin:0;padding:24px;background:#f8fafc;font-family:Georgia,serif;color:#0f172a">`,
    `<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px">`,
    `<h1 style="font-size:24px;margin:0 0 16px">${e(issue.subject)}</h1>`,
    ...paragraphs(issue.intro).map((p) => `<p style="line-height:1.5">${e(p)}</p>`),
    ...issue.articles.map(
      (a) =>
        `<div style="border-top:1px solid #e2e8f0;padding:16px 0"><p style="margin:0;font-size:13px;color:#475569">${e(a.section)}</p>` +
        `<h2 style="font-size:19px;margin:4px 0 8px"><a href="${e(articleUrl(a))}" style="color:#0f172a">${e(a.title)}</a></h2>` +
        `<p style="margin:0 0 8px;line-height:1.5">${e(a.teaser)}</p><a href="${e(articleUrl(a))}" style="color:#1d4ed8">${e(t("mail.newsletter.read"))}</a></div>`,
    ),
    `<p>${e(t("mail.signature"))}</p>`,
    `<p style="font-size:12px;color:#475569;border-top:1px solid #e2e8f0;padding-top:12px">${e(t("mail.newsletter.why"))}<br>`,
    `<a href="${e(links.unsubscribe)}" style="color:#475569">${e(t("mail.newsletter.unsubscribe"))}</a> · <a href="${e(links.manage)}" style="color:#475569">${e(t("mail.newsletter.manage"))}</a></p>`,
    `</div></body></html>`,
  ].join("\n");
  return {
    kind: "newsletter",
    to: r.to,
    subject: issue.subject,
    text,
    html,
    headers: listUnsubscribeHeaders(r.subscriptionId),
    dedupeKey: `newsletter:${issue.id}:${r.subscriptionId}`,
    subscriberId: r.subscriberId,
    newsletterIssueId: issue.id,
  };
}
