import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { getSubscriptionOverview } from "@/features/subscriptions/queries";
import { requirePage } from "@/lib/auth/session";

export default async function SubscriptionsPage() {
  await requirePage("subscriptions.manage", "/admin/subscriptions");
  const [t, format, o] = await Promise.all([getTranslations("admin.subscriptions"), getFormatter(), getSubscriptionOverview()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label={t("subscribers")} value={format.number(o.subscribers)} />
        <StatCard label={t("confirmed")} value={format.number(o.byStatus.CONFIRMED ?? 0)} />
        <StatCard label={t("pending")} value={format.number(o.byStatus.PENDING ?? 0)} />
        <StatCard label={t("unsubscribed")} value={format.number(o.byStatus.UNSUBSCRIBED ?? 0)} />
        <StatCard label={t("newsletter")} value={format.number(o.newsletter)} />
        <StatCard label={t("outbox")} value={format.number(o.outboxQueued)} hint={t("outboxFailed", { count: o.outboxFailed })} />
      </div>
    </>
  );
}
