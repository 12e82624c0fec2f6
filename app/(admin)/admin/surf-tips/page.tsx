import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { addSurfTip, checkSurfTipLinksNow, copySurfTipWeek } from "@/features/surf-tips/actions";
import { AddTipForm } from "@/features/surf-tips/components/add-tip-form";
import { CopyWeekForm } from "@/features/surf-tips/components/copy-week-form";
import { SurfTipsPreview } from "@/features/surf-tips/components/surf-tips-preview";
import { WeekTipsTable } from "@/features/surf-tips/components/week-tips-table";
import { WeeksOverview } from "@/features/surf-tips/components/weeks-overview";
import { getSurfTipPlanner } from "@/features/surf-tips/queries";
import { TIPS_PER_WEEK_MAX } from "@/features/surf-tips/schemas";
import { addWeeks, daysOfWeek, isIsoWeek, WEEKS_AHEAD } from "@/features/surf-tips/weeks";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { isoWeekOf } from "@/lib/dates";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);
const weekHref = (week: string) => `/admin/surf-tips?woche=${week}`;

/**
 * The surf-tip planner: the current and the coming weeks at a glance, one week (`?woche=2026-W49`,
 * default the current one; anything that is not a real ISO week falls back to it) with its tips to
 * edit, order, copy, and a preview of the reader sidebar box for that week.
 */
export default async function SurfTipsPage({ searchParams }: Props) {
  await requirePage("surftips.manage", "/admin/surf-tips");
  const [sp, at] = await Promise.all([searchParams, now()]);
  const current = isoWeekOf(at);
  const week = isIsoWeek(sp.woche) ? sp.woche : current;
  const [t, format, planner] = await Promise.all([getTranslations("surfTips"), getFormatter(), getSurfTipPlanner(week, current)]);
  const editable = week >= current;
  const { monday, sunday } = daysOfWeek(week);
  const day = (d: string) => format.dateTime(dayDate(d), { weekday: "short", day: "2-digit", month: "2-digit", year: "numeric" });
  const targets = planner.weeks.filter((w) => w.isoWeek !== week);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { week: current, ahead: WEEKS_AHEAD })}
        actions={
          <ActionButton
            action={checkSurfTipLinksNow}
            label={t("linkCheck.submit")}
            pendingLabel={t("linkCheck.pending")}
            accessibleLabel={t("linkCheck.submitLabel")}
            testId="check-links"
            confirmDone
          />
        }
      />
      <div className="space-y-10">
        <section aria-labelledby="planned-weeks-title" className="space-y-3">
          <h2 id="planned-weeks-title" className="text-lg font-semibold text-slate-900">
            {t("weeks.title")}
          </h2>
          <WeeksOverview weeks={planner.weeks} currentWeek={current} selectedWeek={week} />
        </section>

        <section aria-labelledby="week-title" className="space-y-4" data-testid="surf-week">
          <div className="flex flex-wrap items-end justify-between gap-4">
            <div>
              <h2 id="week-title" className="text-lg font-semibold text-slate-900">
                {t("week.title", { week })}
              </h2>
              <p className="text-sm text-slate-700">{t("week.days", { monday: day(monday), sunday: day(sunday) })}</p>
              <p className="text-sm text-slate-600">{week === current ? t("week.current") : editable ? t("week.future", { monday: day(monday) }) : t("week.past")}</p>
            </div>
            <nav aria-label={t("week.nav")} className="flex flex-wrap gap-2">
              <Link href={weekHref(addWeeks(week, -1))} className={buttonClass("secondary")} rel="prev">
                ← {t("week.previous")}
              </Link>
              {week !== current ? (
                <Link href={weekHref(current)} className={buttonClass("secondary")}>
                  {t("week.today")}
                </Link>
              ) : null}
              <Link href={weekHref(addWeeks(week, 1))} className={buttonClass("secondary")} rel="next">
                {t("week.next")} →
              </Link>
            </nav>
          </div>

          {planner.tips.length === 0 ? <EmptyState title={t("week.empty")} /> : <WeekTipsTable week={week} tips={planner.tips} editable={editable} />}

          <div className="grid gap-6 lg:grid-cols-2">
            {editable ? (
              <section aria-labelledby="add-tip-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
                <h3 id="add-tip-title" className="mb-4 font-semibold text-slate-900">
                  {t("add.title")}
                </h3>
                {planner.tips.length >= TIPS_PER_WEEK_MAX ? (
                  <p className="text-sm text-slate-700">{t("add.full", { max: TIPS_PER_WEEK_MAX })}</p>
                ) : (
                  // Keyed by week: moving to another week starts with empty fields and a fresh message.
                  <AddTipForm key={week} action={addSurfTip.bind(null, week)} />
                )}
              </section>
            ) : null}
            <section aria-labelledby="copy-week-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
              <h3 id="copy-week-title" className="mb-1 font-semibold text-slate-900">
                {t("copy.title")}
              </h3>
              <p className="mb-4 text-sm text-slate-600">{t("copy.description")}</p>
              {planner.tips.length === 0 ? (
                <p className="text-sm text-slate-700">{t("copy.emptySource")}</p>
              ) : (
                <CopyWeekForm key={week} action={copySurfTipWeek.bind(null, week)} targets={targets} />
              )}
            </section>
          </div>

          <section aria-labelledby="preview-title" className="space-y-2">
            <h3 id="preview-title" className="font-semibold text-slate-900">
              {t("preview.title")}
            </h3>
            <p className="text-sm text-slate-600">{t("preview.description")}</p>
            <div className="w-72 rounded-lg bg-slate-50 p-3" data-testid="surf-tip-preview">
              <SurfTipsPreview tips={planner.tips} />
            </div>
          </section>
        </section>
      </div>
    </>
  );
}
