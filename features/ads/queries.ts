/** Ad reads: the running bookings for the reader sidebar, and slots with bookings for ad managers. */
import "server-only";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** Every active slot with the creatives running today (a slot without any shows the house ad). */
export async function listSidebarAds(today: string) {
  return db.adSlot.findMany({
    where: { active: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      key: true,
      name: true,
      bookings: {
        where: { status: "BOOKED", startDay: { lte: today }, endDay: { gte: today } },
        orderBy: { id: "asc" },
        select: { id: true, headline: true, text: true, targetUrl: true, imageUrl: true, advertiser: { select: { name: true } } },
      },
    },
  });
}

export async function getAdsOverview(today: string) {
  await authorize("ads.manage");
  const [slots, requests] = await Promise.all([
    db.adSlot.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        id: true,
        name: true,
        width: true,
        height: true,
        pricePerDayCents: true,
        capacity: true,
        active: true,
        bookings: {
          where: { status: "BOOKED", endDay: { gte: today } },
          orderBy: { startDay: "asc" },
          select: { id: true, headline: true, startDay: true, endDay: true, advertiser: { select: { name: true } } },
        },
      },
    }),
    db.booking.count({ where: { status: "REQUESTED" } }),
  ]);
  return { slots, requests };
}
