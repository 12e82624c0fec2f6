import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getAdsOverview } from "@/features/ads/queries";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";

export default async function AdsPage() {
  await requirePage("ads.manage", "/admin/ads");
  const today = dayOf(await now());
  const [t, format, o] = await Promise.all([getTranslations("admin.ads"), getFormatter(), getAdsOverview(today)]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { requests: o.requests })} />
      {o.slots.length === 0 ? (
        <EmptyState title={t("noSlots")} />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {o.slots.map((slot) => (
            <section key={slot.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`slot-${slot.id}`}>
              <h2 id={`slot-${slot.id}`} className="font-semibold">
                {slot.name}
              </h2>
              <p className="text-sm text-slate-600">
                {t("slotFacts", {
                  width: slot.width,
                  height: slot.height,
                  capacity: slot.capacity,
                  price: format.number(slot.pricePerDayCents / 100, { style: "currency", currency: "EUR" }),
                })}
              </p>
              {slot.bookings.length === 0 ? (
                <p className="mt-3 text-sm text-slate-500">{t("noBookings")}</p>
              ) : (
                <ul className="mt-3 space-y-1 text-sm">
                  {slot.bookings.map((b) => (
                    <li key={b.id}>
                      <span className="font-medium">{b.headline}</span> – {b.advertiser.name} ({b.startDay} – {b.endDay})
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
