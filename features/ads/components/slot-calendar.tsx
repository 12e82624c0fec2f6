import { getTranslations } from "next-intl/server";
import type { SlotCalendar as Calendar, WeekState } from "@/features/ads/queries";

const STYLE: Record<WeekState, string> = {
  free: "bg-green-50 text-green-900 border-green-300",
  partly: "bg-amber-50 text-amber-900 border-amber-300",
  full: "bg-red-100 text-red-900 border-red-300",
  requested: "bg-sky-50 text-sky-900 border-sky-300",
};

/** One slot's next 26 weeks: each week a chip with its number and state (as text, not by colour alone). */
export async function SlotCalendar({ calendar }: { calendar: Calendar }) {
  const t = await getTranslations("ads.calendar");
  return (
    <figure className="space-y-2">
      <figcaption className="text-sm font-medium text-slate-800">{t("caption", { slot: calendar.name })}</figcaption>
      <ol className="grid grid-cols-4 gap-1 sm:grid-cols-7 lg:grid-cols-9" data-testid={`calendar-${calendar.key}`}>
        {calendar.weeks.map((w) => (
          <li key={w.week} className={`rounded border px-1 py-0.5 text-center text-xs ${STYLE[w.state]}`} data-state={w.state} title={`${w.week}: ${t(`states.${w.state}`)}`}>
            <span className="block font-medium">{t("week", { week: w.week.slice(-2) })}</span>
            <span className="block">{t(`states.${w.state}`)}</span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
