/**
 * Sending an issue: the send action only marks it SENDING with the number of recipients; this job
 * then walks the confirmed newsletter subscriptions in id order, BATCH at a time, and queues one mail
 * per subscriber in the outbox — each batch in one transaction with the issue's cursor, so a crash
 * resumes where it stopped and two app instances never queue a batch twice (the cursor update is
 * guarded, and every mail's dedupe key names issue and subscription). Subscribers who confirm after
 * the start and have a higher id are included; those who unsubscribe before their batch are not.
 */
import "server-only";
import { liveArticleWhere } from "@/features/articles/live";
import { newsletterMail, type NewsletterArticle, type NewsletterContent } from "@/features/newsletter/mail";
import { mailTranslator } from "@/features/subscriptions/mails";
import { db } from "@/lib/db";
import { enqueueMails } from "@/lib/mail/outbox";

export const BATCH = 500;
export const NEWSLETTER_LIST = "newsletter";

/** The chosen articles that readers can see at `at`, in the chosen order. */
export async function issueArticles(articleIds: number[], at: Date): Promise<NewsletterArticle[]> {
  const rows = await db.article.findMany({
    where: { AND: [{ id: { in: articleIds } }, liveArticleWhere(at)] },
    select: { id: true, title: true, teaser: true, slug: true, section: { select: { name: true } } },
  });
  const byId = new Map(rows.map((a) => [a.id, { id: a.id, title: a.title, teaser: a.teaser, slug: a.slug, section: a.section.name }]));
  return articleIds.map((id) => byId.get(id)).filter((a): a is NewsletterArticle => a !== undefined);
}

export const articleIdsOf = (json: unknown): number[] => (Array.isArray(json) ? json.filter((v): v is number => Number.isInteger(v)) : []);

/** Queues the next batch of one sending issue; returns how many mails it queued, or null when the issue is done or not sending. */
async function fanOutBatch(issueId: number, at: Date, batch: number): Promise<number | null> {
  const issue = await db.newsletterIssue.findUnique({ where: { id: issueId }, select: { id: true, status: true, subject: true, intro: true, articleIds: true, cursor: true } });
  if (!issue || issue.status !== "SENDING") return null;
  const content: NewsletterContent = { id: issue.id, subject: issue.subject, intro: issue.intro, articles: await issueArticles(articleIdsOf(issue.articleIds), at) };
  const t = await mailTranslator();
  return db.$transaction(async (tx) => {
    const recipients = await tx.subscription.findMany({
      where: { listKey: NEWSLETTER_LIST, status: "CONFIRMED", id: { gt: issue.cursor } },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, subscriberId: true, subscriber: { select: { email: true } } },
    });
    const done = recipients.length < batch;
    const cursor = recipients.length ? recipients[recipients.length - 1].id : issue.cursor;
    // Guarded on the cursor read: of two instances, the second finds it moved and queues nothing.
    const { count } = await tx.newsletterIssue.updateMany({
      where: { id: issue.id, status: "SENDING", cursor: issue.cursor },
      data: { cursor, queued: { increment: recipients.length }, ...(done ? { status: "SENT", sentAt: at } : {}) },
    });
    if (count === 0) return 0;
    await enqueueMails(
      tx,
      recipients.map((r) => newsletterMail(t, content, { to: r.subscriber.email, subscriberId: r.subscriberId, subscriptionId: r.id })),
      at,
    );
    return recipients.length;
  });
}

/** Works through every sending issue until all are queued (or `signal` stops it); returns the mails queued. */
export async function fanOutNewsletters(at: Date, options: { batch?: number; signal?: AbortSignal; onBatch?: () => void } = {}): Promise<number> {
  const sending = await db.newsletterIssue.findMany({ where: { status: "SENDING" }, orderBy: { id: "asc" }, select: { id: true } });
  let total = 0;
  for (const { id } of sending) {
    for (;;) {
      if (options.signal?.aborted) return total;
      const n = await fanOutBatch(id, at, options.batch ?? BATCH);
      if (n === null) break;
      total += n;
      options.onBatch?.();
      // Let the instance's requests in between batches.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  return total;
}
