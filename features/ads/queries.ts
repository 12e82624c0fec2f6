/**
 * Ad reads: the week-by-week availability of every slot
 * (public: the booking page shows it too), and, for ad managers, the overview, the request inbox and
 * one booking with its statistics.
 */
import "server-only";
import { authorize } from "@/lib/auth/session";
import { addDaysToDay, isoWeekOfDay, mondayOfIsoWeek } from "@/lib/dates";
import { db } from "@/lib/db";
import { daysIn } from "@/features/ads/schemas";

export type WeekState = "free" | "partly" | "full" | "requested";
export type SlotCalendar = { id: number; name: string; key: string; width: number; height: number; capacity: number; pricePerDayCents: number; weeks: { week: string; monday: string; state: WeekState }[] };

/** Per active slot, the next `weeks` ISO weeks from today's: free, partly booked, full, or free but requested. */
export async function slotCalendars(today: string, weeks = 26): Promise<SlotCalendar[]> {
  const first = mondayOfIsoWeek(isoWeekOfDay(today));
  const last = addDaysToDay(first, weeks * 7 - 1);
  const [slots, seats, requests] = await Promise.all([
    db.adSlot.findMany({ where: { active: true }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, key: true, name: true, width: true, height: true, capacity: true, pricePerDayCents: true } }),
    db.adSlotSeat.groupBy({ by: ["slotId", "day"], where: { day: { gte: first, lte: last } }, _count: { _all: true } }),
    db.booking.findMany({ where: { status: "REQUESTED", endDay: { gte: first }, startDay: { lte: last } }, select: { slotId: true, startDay: true, endDay: true } }),
  ]);
  const taken = new Map(seats.map((s) => [`${s.slotId} ${s.day}`, s._count._all]));
  return slots.map((slot) => ({
    ...slot,
    weeks: Array.from({ length: weeks }, (_, w) => {
      const monday = addDaysToDay(first, w * 7);
      const sunday = addDaysToDay(monday, 6);
      // Days already past in the current week do not count.
      const days = Array.from({ length: 7 }, (_, d) => addDaysToDay(monday, d)).filter((d) => d >= today);
      const counts = days.map((d) => taken.get(`${slot.id} ${d}`) ?? 0);
      const state: WeekState = counts.every((c) => c >= slot.capacity)
        ? "full"
        : counts.some((c) => c > 0)
          ? "partly"
          : requests.some((r) => r.slotId === slot.id && r.startDay <= sunday && r.endDay >= monday)
            ? "requested"
            : "free";
      return { week: isoWeekOfDay(monday), monday, state };
    }),
  }));
}

export async function getAdsOverview(today: string) {
  await authorize("ads.manage");
  const [calendars, requests, bookings] = await Promise.all([
    slotCalendars(today),
    db.booking.count({ where: { status: "REQUESTED" } }),
    db.booking.findMany({
      where: { status: "BOOKED", endDay: { gte: today } },
      orderBy: [{ startDay: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, slotId: true, headline: true, startDay: true, endDay: true, advertiser: { select: { name: true } } },
    }),
  ]);
  const totals = await statTotals(bookings.map((b) => b.id));
  return {
    requests,
    slots: calendars.map((slot) => ({ ...slot, bookings: bookings.filter((b) => b.slotId === slot.id).map((b) => ({ ...b, ...(totals.get(b.id) ?? { impressions: 0, clicks: 0 }) })) })),
  };
}

async function statTotals(ids: number[]) {
  if (ids.length === 0) return new Map<number, { impressions: number; clicks: number }>();
  const rows = await db.adStatDaily.groupBy({ by: ["bookingId"], where: { bookingId: { in: ids } }, _sum: { impressions: true, clicks: true } });
  return new Map(rows.map((r) => [r.bookingId, { impressions: r._sum.impressions ?? 0, clicks: r._sum.clicks ?? 0 }]));
}

export async function listRequests() {
  await authorize("ads.manage");
  return db.booking.findMany({
    where: { status: "REQUESTED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: { id: true, headline: true, startDay: true, endDay: true, priceCents: true, createdAt: true, slot: { select: { name: true } }, advertiser: { select: { name: true, email: true } } },
  });
}

export async function getBooking(id: number) {
  await authorize("ads.manage");
  const booking = await db.booking.findUnique({
    where: { id },
    select: {
      id: true,
      status: true,
      headline: true,
      text: true,
      targetUrl: true,
      imageUrl: true,
      imagePath: true,
      startDay: true,
      endDay: true,
      priceCents: true,
      decisionNote: true,
      decidedAt: true,
      createdAt: true,
      slot: { select: { id: true, name: true } },
      advertiser: { select: { id: true, name: true, contactName: true, email: true, phone: true } },
      stats: { orderBy: { day: "asc" }, select: { day: true, impressions: true, clicks: true } },
    },
  });
  return booking ? { ...booking, days: daysIn(booking.startDay, booking.endDay) } : null;
}

export const ctr = (clicks: number, impressions: number) => (impressions > 0 ? clicks / impressions : 0);

/** Every slot (also inactive ones) for the slot management page. */
export async function listSlots() {
  await authorize("ads.manage");
  return db.adSlot.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, key: true, name: true, width: true, height: true, pricePerDayCents: true, capacity: true, position: true, active: true } });
}

/** A slot's impressions and clicks per day over its bookings, the last `days` days up to today. */
export async function slotStats(slotId: number, today: string, days = 30) {
  await authorize("ads.manage");
  const from = addDaysToDay(today, -(days - 1));
  const rows = await db.adStatDaily.groupBy({ by: ["day"], where: { booking: { slotId }, day: { gte: from, lte: today } }, _sum: { impressions: true, clicks: true }, orderBy: { day: "asc" } });
  const byDay = new Map(rows.map((r) => [r.day, { impressions: r._sum.impressions ?? 0, clicks: r._sum.clicks ?? 0 }]));
  return Array.from({ length: days }, (_, i) => addDaysToDay(from, i)).map((day) => ({ day, ...(byDay.get(day) ?? { impressions: 0, clicks: 0 }) }));
}
