/** Today's numbers for the dashboard home: each figure only for the roles that may see its section. */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { liveArticleWhere } from "@/features/articles/live";
import { subscriptionCounts } from "@/features/subscriptions/queries";
import { db } from "@/lib/db";
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
 * Comments per Berlin day for the CHART_DAYS days up to `today`, in one query: a range scan of the
 * [createdAt] index over those days only, grouped by the day each row falls in. The day is found by
 * comparing with the days' start instants (computed here, so summer/winter time is right), which works
 * alike on SQLite and PostgreSQL; every value is a bound parameter.
 */
export async function countCommentsPerDay(today: string) {
  const days = Array.from({ length: CHART_DAYS }, (_, i) => addDaysToDay(today, i - CHART_DAYS + 1));
  const starts = [...days, addDaysToDay(today, 1)].map(startOfBerlinDay);
  const bucket = Prisma.join(
    starts.slice(1, -1).map((start, i) => Prisma.sql`WHEN "createdAt" < ${start} THEN ${Prisma.raw(String(i))}`),
    " ",
  );
  const rows = await db.$queryRaw<{ bucket: number | bigint; n: number | bigint }[]>`
    SELECT CASE ${bucket} ELSE ${Prisma.raw(String(CHART_DAYS - 1))} END AS bucket, COUNT(*) AS n
    FROM "Comment"
    WHERE "createdAt" >= ${starts[0]} AND "createdAt" < ${starts[CHART_DAYS]}
    GROUP BY bucket`;
  const counts = new Map(rows.map((r) => [Number(r.bucket), Number(r.n)]));
  return days.map((day, i) => ({ day, count: counts.get(i) ?? 0 }));
}

export async function getDashboardNumbers(staff: Staff, now: Date): Promise<DashboardNumbers> {
  const today = dayOf(now);
  const startToday = startOfBerlinDay(today);
  const out: DashboardNumbers = {};
  const jobs: Promise<void>[] = [];

  if (can(staff, "comments.moderate")) {
    jobs.push(
      (async () => {
        const [pending, reported, oldest, perDay] = await Promise.all([
          db.comment.count({ where: { status: "PENDING" } }),
          db.comment.count({ where: { reportCount: { gt: 0 }, status: { not: "DELETED" } } }),
          // The first entry of the [status, createdAt, id] index under PENDING.
          db.comment.findFirst({ where: { status: "PENDING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { createdAt: true } }),
          countCommentsPerDay(today),
        ]);
        out.comments = { pending, reported, today: perDay[perDay.length - 1].count, oldestPendingAt: oldest?.createdAt ?? null, perDay };
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
