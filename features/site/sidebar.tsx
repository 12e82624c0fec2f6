/**
 * The reader sidebar: "Werbung" with the bookings running today (an empty slot shows the house ad
 * "Werben Sie ab 5 Euro"; the browser picks one booking per slot and counts the view) and this week's
 * "Surftip der Woche".
 */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SidebarAds } from "@/features/ads/components/sidebar-ads";
import { listSidebarAds } from "@/features/ads/queries";
import { listWeekSurfTips } from "@/features/surf-tips/queries";
import { SidebarSurfTips } from "@/features/surf-tips/components/sidebar-surf-tips";
import { dayOf, isoWeekOf } from "@/lib/dates";
import { imageUrl } from "@/lib/media-names";
import { safeHttpUrl } from "@/lib/url";

export async function Sidebar({ now }: { now: Date }) {
  const [t, slots, tips] = await Promise.all([getTranslations("site.sidebar"), listSidebarAds(dayOf(now)), listWeekSurfTips(isoWeekOf(now))]);
  return (
    <aside className="space-y-6" aria-label={t("label")}>
      <section aria-labelledby="ads-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="ads-heading" className="mb-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
          {t("ads")}
        </h2>
        <SidebarAds
          house={{ title: t("houseAdTitle"), link: t("houseAdLink") }}
          slots={slots.map((slot) => ({
            id: slot.id,
            width: slot.width,
            height: slot.height,
            ads: slot.bookings.map((b) => ({ id: b.id, headline: b.headline, text: b.text, advertiser: b.advertiser.name, image: b.imagePath ? imageUrl(b.imagePath) : safeHttpUrl(b.imageUrl) })),
          }))}
        />
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
