/**
 * What the reader sidebar shows: today's running bookings per slot and this week's surf tips. The same
 * for every reader page, so it is loaded once per few seconds per instance rather than once per page
 * render (lib/memo.ts); an ad or surf-tip change in this instance drops it at once
 * (features/articles/cache.ts revalidateReaderSite), other instances follow within SIDEBAR_TTL_MS.
 */
import "server-only";
import type { SidebarSlot } from "@/features/ads/components/sidebar-ads";
import type { SidebarSurfTip } from "@/features/surf-tips/components/surf-tips-box";
import { dayOf, isoWeekOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { memo } from "@/lib/memo";
import { imageUrl } from "@/lib/media-names";
import { safeHttpUrl } from "@/lib/url";

export type SidebarData = { slots: SidebarSlot[]; tips: SidebarSurfTip[] };

/** As long as a reader page itself is kept (app/(site)/layout.tsx revalidate). */
export const SIDEBAR_TTL_MS = 5_000;
export const SIDEBAR_MEMO_PREFIX = "sidebar:";

/** Every active slot with the creatives running today (a slot without any shows the house ad). */
function runningAds(today: string) {
  return db.adSlot.findMany({
    where: { active: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      width: true,
      height: true,
      bookings: {
        where: { status: "BOOKED", startDay: { lte: today }, endDay: { gte: today } },
        orderBy: { id: "asc" },
        select: { id: true, headline: true, text: true, imageUrl: true, imagePath: true, advertiser: { select: { name: true } } },
      },
    },
  });
}

/** The "Surftip der Woche" links of one ISO week, in the planner's order. */
function weekSurfTips(isoWeek: string) {
  return db.surfTip.findMany({ where: { isoWeek }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, label: true, url: true } });
}

export function loadSidebar(now: Date): Promise<SidebarData> {
  const day = dayOf(now);
  const week = isoWeekOf(now);
  return memo(`${SIDEBAR_MEMO_PREFIX}${day}:${week}`, SIDEBAR_TTL_MS, async () => {
    const [slots, tips] = await Promise.all([runningAds(day), weekSurfTips(week)]);
    return {
      slots: slots.map((slot) => ({
        id: slot.id,
        width: slot.width,
        height: slot.height,
        ads: slot.bookings.map((b) => ({ id: b.id, headline: b.headline, text: b.text, advertiser: b.advertiser.name, image: b.imagePath ? imageUrl(b.imagePath) : safeHttpUrl(b.imageUrl) })),
      })),
      tips,
    };
  });
}
