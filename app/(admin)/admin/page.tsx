import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/ui/bar-chart";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { getDashboardNumbers } from "@/features/dashboard/queries";
import { waitingAge } from "@/features/dashboard/waiting-age";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";

export default async function AdminHome() {
  const staff = await requirePage("dashboard.view");
  const at = await now();
  const [t, format, n] = await Promise.all([getTranslations("admin.home"), getFormatter(), getDashboardNumbers(staff, at)]);
  const oldest = n.comments?.oldestPendingAt ? waitingAge(n.comments.oldestPendingAt, at) : null;
  return (
    <>
      <PageHeader title={t("title", { name: staff.name })} description={t("description")} />
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        {n.comments ? (
          <>
            <StatCard
              label={t("pendingComments")}
              value={format.number(n.comments.pending)}
              href="/admin/comments/pending?order=oldest"
              hint={oldest ? <span data-testid="oldest-pending">{t("oldestPending", { age: t(`waited.${oldest.unit}`, { count: oldest.count }) })}</span> : undefined}
            />
            <StatCard label={t("reportedComments")} value={format.number(n.comments.reported)} href="/admin/comments/reported" />
            <StatCard label={t("commentsToday")} value={format.number(n.comments.today)} />
          </>
        ) : null}
        {n.articles ? (
          <>
            <StatCard label={t("scheduledArticles")} value={format.number(n.articles.scheduled)} href="/admin/articles" />
            <StatCard label={t("inReview")} value={format.number(n.articles.inReview)} href="/admin/articles" />
            <StatCard label={t("publishedToday")} value={format.number(n.articles.publishedToday)} />
          </>
        ) : null}
        {n.ads ? (
          <>
            <StatCard label={t("activeBookings")} value={format.number(n.ads.activeBookings)} href="/admin/ads" />
            <StatCard label={t("bookingRequests")} value={format.number(n.ads.requests)} href="/admin/ads" />
          </>
        ) : null}
        {n.subscriptions ? (
          <>
            <StatCard label={t("confirmedSubscriptions")} value={format.number(n.subscriptions.confirmed)} href="/admin/subscriptions" />
            <StatCard label={t("pendingSubscriptions")} value={format.number(n.subscriptions.pending)} href="/admin/subscriptions" />
          </>
        ) : null}
      </div>
      {n.comments ? (
        <div className="mt-6 max-w-3xl">
          <BarChart
            title={t("commentsPerDay")}
            data={n.comments.perDay.map((d) => ({ label: format.dateTime(new Date(`${d.day}T12:00:00Z`), { day: "2-digit", month: "2-digit" }), value: d.count }))}
          />
        </div>
      ) : null}
    </>
  );
}
