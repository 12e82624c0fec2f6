import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getSurfTipsOverview } from "@/features/surf-tips/queries";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { isoWeekOf } from "@/lib/dates";

export default async function SurfTipsPage() {
  await requirePage("surftips.manage", "/admin/surf-tips");
  const week = isoWeekOf(await now());
  const [t, o] = await Promise.all([getTranslations("admin.surfTips"), getSurfTipsOverview(week)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { week })} />
      <h2 className="mb-3 text-lg font-semibold">{t("thisWeek", { week })}</h2>
      {o.current.length === 0 ? (
        <EmptyState title={t("emptyWeek")} />
      ) : (
        <ol className="list-decimal space-y-1 pl-6">
          {o.current.map((tip) => (
            <li key={tip.id}>
              <span className="font-medium">{tip.label}</span> <span className="text-sm text-slate-500">{tip.url}</span>
            </li>
          ))}
        </ol>
      )}
      <h2 className="mb-3 mt-8 text-lg font-semibold">{t("planned")}</h2>
      {o.plannedWeeks.length === 0 ? (
        <p className="text-sm text-slate-600">{t("nonePlanned")}</p>
      ) : (
        <ul className="space-y-1 text-sm">
          {o.plannedWeeks.map((w) => (
            <li key={w.isoWeek}>{t("plannedWeek", { week: w.isoWeek, count: w.count })}</li>
          ))}
        </ul>
      )}
    </>
  );
}
