/** Today's numbers for the dashboard home: each figure only for the roles that may see its section. */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { liveArticleWhere } from "@/features/articles/live";
import { queueSql } from "@/features/comments/desk-queries";
import { subscriptionCounts } from "@/features/subscriptions/counts";
import { db } from "@/lib/db";
import { forget, memo } from "@/lib/memo";
import { addDaysToDay, dayOf, startOfBerlinDay } from "@/lib/dates";
import { can } from "@/lib/permissions";
import type { Staff } from "@/lib/auth/session";

export type DashboardNumbers = {
  comments?: {
    pending: number;
    reported: number;
    today: number;
    /** When the oldest pending comment came in (null: nothing waits). */
    oldestPendingAt: Date | null;
    perDay: { day: string; count: number }[];
  };
  articles?: { scheduled: number; publishedToday: number; inReview: number };
  ads?: { activeBookings: number; requests: number };
  subscriptions?: { confirmed: number; pending: number };
};

export const CHART_DAYS = 30;

/**
 * A day counts as finished (and its count is kept) only this long after it ended by the wall clock: a
 * comment stamped 23:59:59 may still be committing (or retrying a busy database) a moment after midnight.
 */
export const SETTLE_MS = 10 * 60_000;
const PER_DAY_KEY = "dashboard:comments-per-day:";

/**
 * How many comments came in on each of `days`, in one statement: one COUNT per day over a range of the
 * [createdAt] index (index-only on SQLite). Asking the database to sort each row into its day (one
 * CASE per row) cost ~0.5–2 s for the ~240,000 comments of 30 days on the bench database; counting the
 * 30 ranges costs ~30 ms. The days' start instants are computed here (summer/winter time), every value
 * is a bound parameter, and the statement is the same on SQLite and PostgreSQL.
 */
async function countDays(days: string[]): Promise<number[]> {
  if (days.length === 0) return [];
  const counts = Prisma.join(
    days.map((day, i) => {
      const [from, to] = [startOfBerlinDay(day), startOfBerlinDay(addDaysToDay(day, 1))];
      return Prisma.sql`(SELECT COUNT(*) FROM "Comment" WHERE "createdAt" >= ${from} AND "createdAt" < ${to}) AS ${Prisma.raw(`"d${i}"`)}`;
    }),
    ", ",
  );
  const [row] = await db.$queryRaw<Record<string, number | bigint>[]>`SELECT ${counts}`;
  return days.map((_, i) => Number(row[`d${i}`]));
}

/**
 * Comments per Berlin day for the CHART_DAYS days up to `today`. A comment is stamped with the time it
 * is posted and never moves to another day, nor is a comment ever removed (deleting one sets its
 * status), so a finished day's count cannot change: those are counted once per server instance and
 * kept until the window moves on; only the days not yet settled (today, and yesterday for SETTLE_MS
 * after midnight) are counted on every call. "Settled" is judged by the wall clock, not by the test
 * clock (lib/clock.ts), so a clock moved forward in tests never freezes a day that is still open.
 */
export async function countCommentsPerDay(today: string, wallNowMs = Date.now()) {
  const days = Array.from({ length: CHART_DAYS }, (_, i) => addDaysToDay(today, i - CHART_DAYS + 1));
  const settled = days.filter((day) => startOfBerlinDay(addDaysToDay(day, 1)).getTime() + SETTLE_MS <= wallNowMs);
  const open = days.slice(settled.length);
  // One kept entry per window; the one before it is dropped when the window moves (a new day, a new test date).
  const key = `${PER_DAY_KEY}${days[0]}:${settled.at(-1) ?? "none"}`;
  if (lastPerDayKey !== key) {
    forget(PER_DAY_KEY);
    lastPerDayKey = key;
  }
  const [kept, live] = await Promise.all([memo(key, KEEP_MS, () => countDays(settled)), countDays(open)]);
  const counts = [...kept, ...live];
  return days.map((day, i) => ({ day, count: counts[i] }));
}

let lastPerDayKey: string | null = null;
/** The window's key changes at the latest a day later; the kept counts never expire before that. */
const KEEP_MS = 2 * 24 * 3600_000;

/**
 * The pending and the reported queue's sizes, exact, in one statement: each a range of an index
 * ([status, createdAt, id]; [reportCount, lastReportedAt]) counted without touching a comment row.
 * Prisma's count wraps the range in a subquery (`SELECT id … LIMIT -1`) that SQLite does not flatten,
 * which doubled the ~15 ms that 200,000 pending comments take to count.
 */
async function countCommentQueues() {
  const [row] = await db.$queryRaw<{ pending: number | bigint; reported: number | bigint }[]>`
    SELECT (SELECT COUNT(*) FROM "Comment" WHERE ${queueSql("pending")}) AS "pending",
      (SELECT COUNT(*) FROM "Comment" WHERE ${queueSql("reported")}) AS "reported"`;
  return { pending: Number(row.pending), reported: Number(row.reported) };
}

export async function getDashboardNumbers(staff: Staff, now: Date): Promise<DashboardNumbers> {
  const today = dayOf(now);
  const startToday = startOfBerlinDay(today);
  const out: DashboardNumbers = {};
  const jobs: Promise<void>[] = [];

  if (can(staff, "comments.moderate")) {
    jobs.push(
      (async () => {
        const [queues, oldest, perDay] = await Promise.all([
          countCommentQueues(),
          // The first entry of the [status, createdAt, id] index under PENDING.
          db.comment.findFirst({ where: { status: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { createdAt: true } }),
          countCommentsPerDay(today),
        ]);
        out.comments = { ...queues, today: perDay[perDay.length - 1].count, oldestPendingAt: oldest?.createdAt ?? null, perDay };
      })(),
    );
  }
  if (can(staff, "articles.manage")) {
    jobs.push(
      (async () => {
        const [scheduled, publishedToday, inReview] = await Promise.all([
          db.article.count({ where: { deletedAt: null, status: { in: ["SCHEDULED", "PUBLISHED"] }, publishAt: { gt: now } } }),
          db.article.count({ where: { ...liveArticleWhere(now), publishAt: { gte: startToday, lte: now } } }),
          db.article.count({ where: { deletedAt: null, status: "IN_REVIEW" } }),
        ]);
        out.articles = { scheduled, publishedToday, inReview };
      })(),
    );
  }
  if (can(staff, "ads.manage")) {
    jobs.push(
      (async () => {
        const [activeBookings, requests] = await Promise.all([
          db.booking.count({ where: { status: "BOOKED", startDay: { lte: today }, endDay: { gte: today } } }),
          db.booking.count({ where: { status: "REQUESTED" } }),
        ]);
        out.ads = { activeBookings, requests };
      })(),
    );
  }
  if (can(staff, "subscriptions.manage")) {
    jobs.push(
      (async () => {
        const { byStatus } = await subscriptionCounts();
        out.subscriptions = { confirmed: byStatus.CONFIRMED ?? 0, pending: byStatus.PENDING ?? 0 };
      })(),
    );
  }
  await Promise.all(jobs);
  return out;
}
