/**
 * Advertisers (AD_MANAGER, ADMIN): the list with each one's bookings and revenue, and one advertiser
 * with contact data and bookings. An advertiser comes into being with their first booking or request
 * (features/ads/shared.ts findOrCreateAdvertiser).
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { containsText } from "@/lib/text-search";

export const ADVERTISERS_PER_PAGE = 50;

/** Newest first, `after` the last id of the previous page; `q` matches name, contact or e-mail. */
export async function listAdvertisers({ q, after }: { q: string; after?: number }, today: string) {
  await authorize("ads.manage");
  const where: Prisma.AdvertiserWhereInput = {
    deletedAt: null,
    ...(after ? { id: { lt: after } } : {}),
    ...(q ? { OR: [{ name: containsText(q) }, { contactName: containsText(q) }, { email: containsText(q.toLowerCase()) }] } : {}),
  };
  const rows = await db.advertiser.findMany({
    where,
    orderBy: { id: "desc" },
    take: ADVERTISERS_PER_PAGE + 1,
    select: { id: true, name: true, contactName: true, email: true, phone: true },
  });
  const page = rows.slice(0, ADVERTISERS_PER_PAGE);
  const ids = page.map((a) => a.id);
  const [byStatus, running] = await Promise.all([
    db.booking.groupBy({ by: ["advertiserId", "status"], where: { advertiserId: { in: ids } }, _count: { _all: true }, _sum: { priceCents: true } }),
    db.booking.groupBy({ by: ["advertiserId"], where: { advertiserId: { in: ids }, status: "BOOKED", startDay: { lte: today }, endDay: { gte: today } }, _count: { _all: true } }),
  ]);
  const runningOf = new Map(running.map((r) => [r.advertiserId, r._count._all]));
  return {
    advertisers: page.map((a) => {
      const mine = byStatus.filter((b) => b.advertiserId === a.id);
      const booked = mine.find((b) => b.status === "BOOKED");
      return {
        ...a,
        bookings: mine.reduce((n, b) => n + b._count._all, 0),
        requested: mine.find((b) => b.status === "REQUESTED")?._count._all ?? 0,
        running: runningOf.get(a.id) ?? 0,
        revenueCents: booked?._sum.priceCents ?? 0,
      };
    }),
    next: rows.length > ADVERTISERS_PER_PAGE ? page.at(-1)!.id : null,
  };
}

export async function getAdvertiser(id: number) {
  await authorize("ads.manage");
  return db.advertiser.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      name: true,
      contactName: true,
      email: true,
      phone: true,
      createdAt: true,
      bookings: {
        orderBy: [{ startDay: "desc" }, { id: "desc" }],
        take: 200,
        select: { id: true, headline: true, status: true, startDay: true, endDay: true, priceCents: true, slot: { select: { name: true } } },
      },
    },
  });
}
