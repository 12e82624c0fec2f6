/** Today's numbers for the dashboard home: each figure only for the roles that may see its section. */
import "server-only";
import { liveArticleWhere } from "@/features/articles/live";
import { db } from "@/lib/db";
import { addDaysToDay, dayOf, startOfBerlinDay } from "@/lib/dates";
import { can } from "@/lib/permissions";
import type { Staff } from "@/lib/auth/session";

export type DashboardNumbers = {
  comments?: { pending: number; reported: number; today: number; perDay: { day: string; count: number }[] };
  articles?: { scheduled: number; publishedToday: number; inReview: number };
  ads?: { activeBookings: number; requests: number };
  subscriptions?: { confirmed: number; pending: number };
};

const CHART_DAYS = 14;

export async function getDashboardNumbers(staff: Staff, now: Date): Promise<DashboardNumbers> {
  const today = dayOf(now);
  const startToday = startOfBerlinDay(today);
  const out: DashboardNumbers = {};
  const jobs: Promise<void>[] = [];

  if (can(staff, "comments.moderate")) {
    jobs.push(
      (async () => {
        const days = Array.from({ length: CHART_DAYS }, (_, i) => addDaysToDay(today, i - CHART_DAYS + 1));
        const [pending, reported, perDay] = await Promise.all([
          db.comment.count({ where: { status: "PENDING" } }),
          db.comment.count({ where: { reportCount: { gt: 0 }, status: { not: "DELETED" } } }),
          Promise.all(
            days.map(async (day) => ({
              day,
              count: await db.comment.count({
                where: { createdAt: { gte: startOfBerlinDay(day), lt: startOfBerlinDay(addDaysToDay(day, 1)) } },
              }),
            })),
          ),
        ]);
        out.comments = { pending, reported, today: perDay[perDay.length - 1].count, perDay };
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
        const [confirmed, pending] = await Promise.all([
          db.subscription.count({ where: { status: "CONFIRMED" } }),
          db.subscription.count({ where: { status: "PENDING" } }),
        ]);
        out.subscriptions = { confirmed, pending };
      })(),
    );
  }
  await Promise.all(jobs);
  return out;
}
