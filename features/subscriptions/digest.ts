/**
 * The daily digest: a thread subscriber who chose it gets, once a day from DIGEST_HOUR (Berlin time),
 * one mail per thread with the comments approved there since the last digest, none of their own.
 * A day with nothing new sends nothing. Each subscription remembers how far its digests reach
 * (digestSentAt); the mail's dedupe key names the day, so two app instances running the round at the
 * same time queue it once.
 */
import "server-only";
import { mailTranslator, threadDigestMail } from "@/features/subscriptions/mails";
import { addDaysToDay, dayOf, startOfBerlinDay } from "@/lib/dates";
import { db, inChunks } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";

export const DIGEST_HOUR = 7;
const BATCH = 200;
/** At most this many comments are read per thread and round; the mail lists a few and counts the rest. */
const MAX_COMMENTS = 500;

/** The latest digest time at or before `at`: today's DIGEST_HOUR in Berlin, or yesterday's. */
export function digestMoment(at: Date): { day: string; moment: Date } {
  const today = dayOf(at);
  const todays = new Date(startOfBerlinDay(today).getTime() + DIGEST_HOUR * 3600_000);
  if (todays <= at) return { day: today, moment: todays };
  const yesterday = addDaysToDay(today, -1);
  return { day: yesterday, moment: new Date(startOfBerlinDay(yesterday).getTime() + DIGEST_HOUR * 3600_000) };
}

const normalizeEmail = (e: string) => e.trim().toLowerCase();

/** One round; returns how many digests were queued. Subscriptions already served for this day are skipped. */
export async function sendDigests(at: Date): Promise<number> {
  const { day, moment } = digestMoment(at);
  const t = await mailTranslator();
  let queued = 0;
  let afterId = 0;
  for (;;) {
    const due = await db.subscription.findMany({
      where: {
        digest: true,
        status: "CONFIRMED",
        articleId: { not: null },
        OR: [{ digestSentAt: null }, { digestSentAt: { lt: moment } }],
        id: { gt: afterId },
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: { id: true, articleId: true, subscriberId: true, confirmedAt: true, digestSentAt: true, subscriber: { select: { email: true } } },
    });
    if (due.length === 0) return queued;
    afterId = due[due.length - 1].id;
    // A round over many subscribers must not keep the instance's requests and mail waiting.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const sinceOf = (s: (typeof due)[number]) => s.digestSentAt ?? s.confirmedAt ?? at;
    const articleIds = [...new Set(due.map((s) => s.articleId!))];
    const [articles, comments] = await Promise.all([
      db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, title: true, slug: true } }),
      Promise.all(
        articleIds.map((articleId) => {
          const since = new Date(Math.min(...due.filter((s) => s.articleId === articleId).map((s) => sinceOf(s).getTime())));
          return db.comment.findMany({
            where: { articleId, status: "APPROVED", decidedAt: { gt: since, lte: at } },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            take: MAX_COMMENTS,
            select: { id: true, articleId: true, authorName: true, authorEmail: true, body: true, decidedAt: true },
          });
        }),
      ).then((parts) => parts.flat()),
    ]);
    const articleById = new Map(articles.map((a) => [a.id, a]));
    for (const chunk of inChunks(due, 50)) {
      queued += await db.$transaction(async (tx) => {
        let n = 0;
        for (const s of chunk) {
          const article = articleById.get(s.articleId!);
          const since = sinceOf(s);
          const email = normalizeEmail(s.subscriber.email);
          const theirs = comments.filter((c) => c.articleId === s.articleId && c.decidedAt! > since && normalizeEmail(c.authorEmail) !== email);
          // Guarded on what was read: a round in another instance that got here first wins.
          const { count } = await tx.subscription.updateMany({ where: { id: s.id, status: "CONFIRMED", digest: true, digestSentAt: s.digestSentAt }, data: { digestSentAt: at } });
          if (count === 0 || !article || theirs.length === 0) continue;
          await enqueueMail(tx, threadDigestMail(t, { to: s.subscriber.email, subscriberId: s.subscriberId, subscriptionId: s.id, article, comments: theirs, day }), at);
          n += 1;
        }
        return n;
      });
    }
  }
}
