/**
 * The reader sidebar: "Werbung" with the bookings running today (an empty slot shows the house ad
 * "Werben Sie ab 5 Euro") and this week's "Surftip der Woche". The ads issue adds rotation and counting.
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listSidebarAds } from "@/features/ads/queries";
import { listWeekSurfTips } from "@/features/surf-tips/queries";
import { SidebarSurfTips } from "@/features/surf-tips/components/sidebar-surf-tips";
import { dayOf, isoWeekOf } from "@/lib/dates";
import { safeHttpUrl } from "@/lib/url";

export async function Sidebar({ now }: { now: Date }) {
  const [t, slots, tips] = await Promise.all([getTranslations("site.sidebar"), listSidebarAds(dayOf(now)), listWeekSurfTips(isoWeekOf(now))]);
  return (
    <aside className="space-y-6" aria-label={t("label")}>
      <section aria-labelledby="ads-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="ads-heading" className="mb-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
          {t("ads")}
        </h2>
        <div className="space-y-4">
          {slots.map((slot) => {
            const booking = slot.bookings[0];
            const href = booking ? safeHttpUrl(booking.targetUrl) : null;
            return booking ? (
              <div key={slot.id} data-testid="sidebar-ad" className="space-y-1">
                <p className="font-semibold text-slate-900">{booking.headline}</p>
                <p className="text-sm text-slate-700">{booking.text}</p>
                {href ? (
                  <a href={href} rel="sponsored noopener" className="text-sm text-brand-700 underline">
                    {booking.advertiser.name}
                  </a>
                ) : null}
              </div>
            ) : (
              <div key={slot.id} data-testid="house-ad" className="space-y-1">
                <p className="font-semibold text-slate-900">{t("houseAdTitle")}</p>
                <Link href="/werben" className="text-sm text-brand-700 underline">
                  {t("houseAdLink")}
                </Link>
              </div>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="newsletter-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="newsletter-heading" className="mb-2 font-semibold">
          {t("newsletterTitle")}
        </h2>
        <Link href="/newsletter" className="text-sm text-brand-700 underline">
          {t("newsletter")}
        </Link>
      </section>
      <SidebarSurfTips tips={tips} />
    </aside>
  );
}
