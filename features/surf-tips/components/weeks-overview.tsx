import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, cellClass } from "@/components/ui/data-table";
import type { PlannedWeek } from "@/features/surf-tips/queries";
import { daysOfWeek } from "@/features/surf-tips/weeks";

const dayDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** The current and the coming weeks: how many tips each has, which have unreachable links; each opens in the planner. */
export async function WeeksOverview({ weeks, currentWeek, selectedWeek }: { weeks: PlannedWeek[]; currentWeek: string; selectedWeek: string }) {
  const [t, format] = await Promise.all([getTranslations("surfTips.weeks"), getFormatter()]);
  return (
    <DataTable caption={t("caption")} columns={[t("columns.week"), t("columns.days"), t("columns.tips"), t("columns.links")]}>
      {weeks.map((w) => {
        const { monday, sunday } = daysOfWeek(w.isoWeek);
        const selected = w.isoWeek === selectedWeek;
        return (
          <tr key={w.isoWeek} className={`border-t border-slate-100 ${selected ? "bg-brand-50" : ""}`} data-testid="planned-week">
            <th scope="row" className={`${cellClass} text-left font-medium`}>
              <Link
                href={`/admin/surf-tips?woche=${w.isoWeek}`}
                aria-current={selected ? "page" : undefined}
                aria-label={t("open", { week: w.isoWeek })}
                className="text-brand-700 underline"
              >
                {w.isoWeek}
              </Link>
              {w.isoWeek === currentWeek ? <span className="ml-2 text-xs font-normal text-slate-600">{t("current")}</span> : null}
            </th>
            <td className={cellClass}>{format.dateTimeRange(dayDate(monday), dayDate(sunday), { day: "2-digit", month: "2-digit", year: "numeric" })}</td>
            <td className={`${cellClass} tabular-nums`}>{t("tipCount", { count: w.count })}</td>
            <td className={cellClass}>
              {w.unreachable > 0 ? <strong className="text-red-800">⚠ {t("unreachable", { count: w.unreachable })}</strong> : t("allFine")}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
