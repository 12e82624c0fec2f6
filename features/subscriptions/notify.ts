/**
 * When comments become visible in a thread, its confirmed subscribers hear of it: one mail per
 * subscriber and decision (a bulk approval of 40 comments is one mail listing them), never to the
 * person who wrote them. Subscribers who chose the daily digest are left to it.
 *
 * The decision's transaction writes one ThreadNotice per thread (queueThreadNotices); a background job
 * (fanOutThreadNotices, lib/background-jobs.ts, kicked to run within KICK_WITHIN_MS of the decision) turns it into
 * mails, BATCH subscribers per transaction guarded on the notice's cursor — like the newsletter fan-out.
 * So an approval costs one row whatever the thread's audience (it cost one mail per subscriber in the
 * decision before, ~2 s for a bulk approval of 1,000 comments on the bench), a crash resumes where it
 * stopped, and two instances never queue a batch twice (guarded cursor, and each mail's dedupe key
 * names subscription and decision). A comment taken back before its notice went out is left out of it.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { mailTranslator, threadNotifyMail, type NewComment } from "@/features/subscriptions/mails";
import { threadListKey } from "@/features/subscriptions/requests";
import { db, inChunks, type Tx } from "@/lib/db";
import { kickJobWithin } from "@/lib/jobs";
import { enqueueMails, type MailInput } from "@/lib/mail/outbox";

export const BATCH = 500;
export const THREAD_NOTICE_JOB = "thread-notices";
/**
 * How soon after an approval the fan-out runs. Not at once: a moderator approving comment after
 * comment would have each round (its reads and its own commit) run beside the next decision; this
 * way the notices of a burst go out in one round, a quarter of a second after it.
 */
const KICK_WITHIN_MS = 250;

const normalizeEmail = (e: string) => e.trim().toLowerCase();

/** In the decision's transaction: one notice per thread with approved comments; returns how many. */
export async function queueThreadNotices(tx: Tx, p: { approved: { id: number; articleId: number }[]; batchKey: string; now: Date }): Promise<number> {
  const byArticle = new Map<number, number[]>();
  for (const c of p.approved) byArticle.set(c.articleId, [...(byArticle.get(c.articleId) ?? []), c.id]);
  if (byArticle.size === 0) return 0;
  // One multi-row INSERT (a bulk approval queues ~300 notices; createMany took three statements and
  // ~20-40 ms). The ids go in as JSON text: SQLite stores that text, PostgreSQL reads it as the jsonb column.
  for (const chunk of inChunks([...byArticle], 1000)) {
    const rows = chunk.map(([articleId, ids]) => Prisma.sql`(${articleId}, ${JSON.stringify(ids.sort((a, b) => a - b))}, ${p.batchKey}, ${p.now})`);
    await tx.$executeRaw`INSERT INTO "ThreadNotice" ("articleId", "commentIds", "batchKey", "createdAt") VALUES ${Prisma.join(rows)}`;
  }
  return byArticle.size;
}

/** Comments were just approved: fan their notices out soon rather than in the job's next round. */
export function kickThreadNotices() {
  kickJobWithin(THREAD_NOTICE_JOB, KICK_WITHIN_MS);
}

const idsOf = (json: unknown): number[] => (Array.isArray(json) ? json.filter((v): v is number => Number.isInteger(v)) : []);

type Notice = { id: number; articleId: number; commentIds: unknown; batchKey: string; cursor: number };

/** The notice's comments that are still approved, oldest first, with their authors' addresses. */
async function stillApproved(ids: number[]) {
  const rows = [];
  // By primary key only: a status condition or an ORDER BY here lets SQLite walk the
  // [status, createdAt, id] index through millions of approved comments (3.5 s on the bench).
  for (const chunk of inChunks(ids)) {
    rows.push(...(await db.comment.findMany({ where: { id: { in: chunk } }, select: { id: true, authorName: true, authorEmail: true, body: true, status: true, createdAt: true } })));
  }
  return rows.filter((c) => c.status === "APPROVED").sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
}

/** Queues the next batch of one notice; returns how many mails it queued, or null when the notice is done. */
async function fanOutBatch(notice: Notice, at: Date, batch: number): Promise<number | null> {
  const [comments, article, t] = await Promise.all([
    stillApproved(idsOf(notice.commentIds)),
    db.article.findUnique({ where: { id: notice.articleId }, select: { title: true, slug: true } }),
    mailTranslator(),
  ]);
  return db.$transaction(async (tx) => {
    const recipients =
      comments.length > 0 && article
        ? await tx.subscription.findMany({
            where: { listKey: threadListKey(notice.articleId), status: "CONFIRMED", digest: false, id: { gt: notice.cursor } },
            orderBy: { id: "asc" },
            take: batch,
            select: { id: true, subscriberId: true, subscriber: { select: { email: true } } },
          })
        : [];
    const done = recipients.length < batch;
    const cursor = recipients.length ? recipients[recipients.length - 1].id : notice.cursor;
    // Guarded on the cursor read: of two instances, the second finds it moved and queues nothing.
    const { count } = await tx.threadNotice.updateMany({ where: { id: notice.id, cursor: notice.cursor, doneAt: null }, data: { cursor, ...(done ? { doneAt: at } : {}) } });
    if (count === 0) return null;
    const mails: MailInput[] = [];
    for (const r of recipients) {
      const email = normalizeEmail(r.subscriber.email);
      const theirs: NewComment[] = comments.filter((c) => normalizeEmail(c.authorEmail) !== email);
      if (theirs.length === 0 || !article) continue;
      mails.push(threadNotifyMail(t, { to: r.subscriber.email, subscriberId: r.subscriberId, subscriptionId: r.id, article, comments: theirs, batchKey: notice.batchKey }));
    }
    await enqueueMails(tx, mails, at);
    notice.cursor = cursor;
    return done && mails.length === 0 ? null : mails.length;
  });
}

/** Works through every open notice until all are queued (or `signal` stops it); returns the mails queued. */
export async function fanOutThreadNotices(at: Date, options: { batch?: number; signal?: AbortSignal; onBatch?: () => void } = {}): Promise<number> {
  let total = 0;
  for (;;) {
    const open = await db.threadNotice.findMany({ where: { doneAt: null }, orderBy: { id: "asc" }, take: 100, select: { id: true, articleId: true, commentIds: true, batchKey: true, cursor: true } });
    if (open.length === 0) return total;
    for (const notice of open) {
      for (;;) {
        if (options.signal?.aborted) return total;
        const n = await fanOutBatch(notice, at, options.batch ?? BATCH);
        if (n === null) break;
        total += n;
        if (n > 0) options.onBatch?.();
        // Let the instance's requests in between batches.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
  }
}
