import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { BarChart } from "@/components/ui/bar-chart";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { germanDay } from "@/features/ads/mails";
import { ctr, listSlots, slotStats } from "@/features/ads/queries";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";

type Props = { params: Promise<{ id: string }> };

/** A slot's impressions, clicks and CTR per day over all its bookings, the last 30 days. */
export default async function SlotStatsPage({ params }: Props) {
  const { id: raw } = await params;
  await requirePage("ads.manage", `/admin/ads/slots/${encodeURIComponent(raw)}`);
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
  const slot = id ? (await listSlots()).find((s) => s.id === id) : undefined;
  if (!slot) notFound();
  const [t, format, stats] = await Promise.all([getTranslations("ads"), getFormatter(), slotStats(slot.id, dayOf(await now()))]);
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 2 });
  return (
    <>
      <PageHeader
        title={`${slot.name}: ${t("slots.stats")}`}
        actions={
          <Link href={`/admin/ads/slots/${slot.id}/stats.csv`} className="text-sm text-brand-700 underline" prefetch={false}>
            {t("slots.csv")}
          </Link>
        }
      />
      <div className="space-y-6">
        <BarChart title={t("booking.chart")} data={stats.map((d) => ({ label: germanDay(d.day), value: d.impressions }))} />
        <DataTable caption={t("booking.statsCaption")} columns={[t("booking.day"), t("booking.impressions"), t("booking.clicks"), t("booking.ctr")]}>
          {stats.map((d) => (
            <tr key={d.day} className="border-t border-slate-200">
              <td className={cellClass}>{germanDay(d.day)}</td>
              <td className={`${cellClass} tabular-nums`}>{format.number(d.impressions)}</td>
              <td className={`${cellClass} tabular-nums`}>{format.number(d.clicks)}</td>
              <td className={`${cellClass} tabular-nums`}>{percent(ctr(d.clicks, d.impressions))}</td>
            </tr>
          ))}
        </DataTable>
      </div>
    </>
  );
}
