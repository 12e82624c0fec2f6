/**
 * The reader sidebar's markup: "Werbung" (the browser picks one running booking per slot and counts the
 * view; an empty slot shows the house ad "Werben Sie ab 5 Euro"), the newsletter box and this week's
 * "Surftip der Woche". Plain data and texts in, no request or database access: the benchmark renders it
 * on its own (sidebar_overhead_ms).
 */
import Link from "next/link";
import { SidebarAds } from "@/features/ads/components/sidebar-ads";
import { SurfTipsBox } from "@/features/surf-tips/components/surf-tips-box";
import type { SidebarData } from "@/features/site/sidebar-data";

export type SidebarTexts = {
  label: string;
  ads: string;
  houseAdTitle: string;
  houseAdLink: string;
  newsletterTitle: string;
  newsletter: string;
  surfTips: string;
  noSurfTips: string;
};

export function SidebarView({ data, texts }: { data: SidebarData; texts: SidebarTexts }) {
  return (
    <aside className="space-y-6" aria-label={texts.label}>
      <section aria-labelledby="ads-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="ads-heading" className="mb-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
          {texts.ads}
        </h2>
        <SidebarAds house={{ title: texts.houseAdTitle, link: texts.houseAdLink }} slots={data.slots} />
      </section>
      <section aria-labelledby="newsletter-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="newsletter-heading" className="mb-2 font-semibold">
          {texts.newsletterTitle}
        </h2>
        <Link href="/newsletter" className="text-sm text-brand-700 underline">
          {texts.newsletter}
        </Link>
      </section>
      <SurfTipsBox tips={data.tips} texts={{ title: texts.surfTips, empty: texts.noSurfTips }} />
    </aside>
  );
}
