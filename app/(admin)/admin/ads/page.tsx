import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SlotCalendar } from "@/features/ads/components/slot-calendar";
import { germanDay } from "@/features/ads/mails";
import { getAdsOverview } from "@/features/ads/queries";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";

/** The ad manager's overview: per slot its facts, the next 26 weeks and its running and coming bookings. */
export default async function AdsPage() {
  await requirePage("ads.manage", "/admin/ads");
  const today = dayOf(await now());
  const [t, format, o] = await Promise.all([getTranslations("ads"), getFormatter(), getAdsOverview(today)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { requests: o.requests })}
        actions={
          <>
            <Link href="/admin/ads/slots" className={buttonClass("secondary")}>
              {t("slots.manage")}
            </Link>
            <Link href="/admin/ads/advertisers" className={buttonClass("secondary")}>
              {t("advertisers.manage")}
            </Link>
            <Link href="/admin/ads/requests" className={buttonClass("secondary")}>
              {t("inbox", { count: o.requests })}
            </Link>
            <Link href="/admin/ads/new" className={buttonClass("primary")}>
              {t("newBooking")}
            </Link>
          </>
        }
      />
      {o.slots.length === 0 ? (
        <EmptyState title={t("noSlots")} />
      ) : (
        <div className="space-y-8">
          {o.slots.map((slot) => (
            <section key={slot.id} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`slot-${slot.id}`}>
              <div>
                <h2 id={`slot-${slot.id}`} className="text-lg font-semibold">
                  {slot.name}
                </h2>
                <p className="text-sm text-slate-600">
                  {t("slotFacts", { width: slot.width, height: slot.height, capacity: slot.capacity, price: format.number(slot.pricePerDayCents / 100, { style: "currency", currency: "EUR" }) })}
                </p>
              </div>
              <SlotCalendar calendar={slot} />
              {slot.bookings.length === 0 ? (
                <p className="text-sm text-slate-600">{t("noBookings")}</p>
              ) : (
                <DataTable caption={t("list.caption", { slot: slot.name })} columns={[t("list.headline"), t("list.advertiser"), t("list.period"), t("list.impressions"), t("list.clicks")]}>
                  {slot.bookings.map((b) => (
                    <tr key={b.id} className="border-t border-slate-200">
                      <td className={cellClass}>
                        <Link href={`/admin/ads/bookings/${b.id}`} className="font-medium text-brand-700 underline">
                          {b.headline}
                        </Link>
                        <span className="block text-xs text-slate-600">{b.startDay <= today ? t("phases.running") : t("phases.upcoming", { day: germanDay(b.startDay) })}</span>
                      </td>
                      <td className={cellClass}>{b.advertiser.name}</td>
                      <td className={cellClass}>
                        {germanDay(b.startDay)} – {germanDay(b.endDay)}
                      </td>
                      <td className={`${cellClass} tabular-nums`}>{format.number(b.impressions)}</td>
                      <td className={`${cellClass} tabular-nums`}>{format.number(b.clicks)}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
