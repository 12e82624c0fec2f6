/**
 * The newsletter pages' reads (EDITOR, ADMIN): the issues with their delivery progress, one issue, the
 * articles an issue can be made of, and the preview of an issue exactly as a subscriber receives it.
 */
import "server-only";
import { liveArticleWhere } from "@/features/articles/live";
import { NEWSLETTER_LIST, articleIdsOf, issueArticles } from "@/features/newsletter/fan-out";
import { newsletterMail } from "@/features/newsletter/mail";
import { mailTranslator } from "@/features/subscriptions/mails";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const ISSUES_PAGE = 50;
const CANDIDATES = 40;

export type Progress = { recipients: number; queued: number; sent: number; failed: number; waiting: number };

async function progressOf(ids: number[]): Promise<Map<number, Omit<Progress, "recipients" | "queued">>> {
  if (ids.length === 0) return new Map();
  const groups = await db.outboxMail.groupBy({ by: ["newsletterIssueId", "status"], where: { newsletterIssueId: { in: ids } }, _count: { _all: true } });
  const out = new Map<number, Omit<Progress, "recipients" | "queued">>();
  for (const g of groups) {
    const p = out.get(g.newsletterIssueId!) ?? { sent: 0, failed: 0, waiting: 0 };
    if (g.status === "SENT") p.sent += g._count._all;
    else if (g.status === "FAILED") p.failed += g._count._all;
    else p.waiting += g._count._all;
    out.set(g.newsletterIssueId!, p);
  }
  return out;
}

export async function listIssues(cursor?: number) {
  await authorize("newsletter.manage");
  const rows = await db.newsletterIssue.findMany({
    where: cursor ? { id: { lt: cursor } } : {},
    orderBy: { id: "desc" },
    take: ISSUES_PAGE + 1,
    select: { id: true, subject: true, status: true, createdAt: true, updatedAt: true, sendStartedAt: true, sentAt: true, recipients: true, queued: true },
  });
  const page = rows.slice(0, ISSUES_PAGE);
  const progress = await progressOf(page.filter((r) => r.status !== "DRAFT").map((r) => r.id));
  return {
    rows: page.map((r) => ({ ...r, progress: { recipients: r.recipients, queued: r.queued, sent: 0, failed: 0, waiting: 0, ...progress.get(r.id) } })),
    next: rows.length > ISSUES_PAGE ? page[page.length - 1].id : null,
  };
}

export async function getIssue(id: number) {
  await authorize("newsletter.manage");
  const issue = await db.newsletterIssue.findUnique({
    where: { id },
    select: { id: true, subject: true, intro: true, articleIds: true, status: true, version: true, createdAt: true, updatedAt: true, sendStartedAt: true, sentAt: true, recipients: true, queued: true },
  });
  if (!issue) return null;
  const progress = (await progressOf([id])).get(id) ?? { sent: 0, failed: 0, waiting: 0 };
  return { ...issue, articleIds: articleIdsOf(issue.articleIds), progress: { recipients: issue.recipients, queued: issue.queued, ...progress } };
}

/** Live articles to pick from: the newest, plus any already chosen that are older. */
export async function candidateArticles(at: Date, chosen: number[] = []) {
  await authorize("newsletter.manage");
  const select = { id: true, title: true, publishAt: true, section: { select: { name: true } } } as const;
  const [recent, older] = await Promise.all([
    db.article.findMany({ where: liveArticleWhere(at), orderBy: [{ publishAt: "desc" }, { id: "desc" }], take: CANDIDATES, select }),
    chosen.length ? db.article.findMany({ where: { AND: [{ id: { in: chosen } }, liveArticleWhere(at)] }, select }) : Promise.resolve([]),
  ]);
  const seen = new Set(recent.map((a) => a.id));
  return [...recent, ...older.filter((a) => !seen.has(a.id))].map((a) => ({ id: a.id, title: a.title, section: a.section.name, publishAt: a.publishAt }));
}

export async function confirmedNewsletterSubscribers() {
  await authorize("newsletter.manage");
  return db.subscription.count({ where: { listKey: NEWSLETTER_LIST, status: "CONFIRMED" } });
}

/** The mail as a subscriber gets it (with placeholder links: the preview must not be a working unsubscribe). */
export async function previewIssue(issue: { id: number; subject: string; intro: string; articleIds: number[] }, at: Date) {
  await authorize("newsletter.manage");
  const [articles, t] = await Promise.all([issueArticles(issue.articleIds, at), mailTranslator()]);
  const mail = newsletterMail(t, { id: issue.id, subject: issue.subject, intro: issue.intro, articles }, { to: "leser@example.org", subscriberId: 0, subscriptionId: 0 });
  return { subject: mail.subject, text: mail.text, html: mail.html!, missing: issue.articleIds.length - articles.length };
}
