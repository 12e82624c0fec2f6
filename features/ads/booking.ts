/**
 * Bookings and capacity. A booked day is one AdSlotSeat row (slot, day, seat < capacity) whose primary
 * key makes overbooking impossible: of two transactions that take the last seat of a day at the same
 * moment, one commits and the other fails on the key, is retried once on fresh data, and finds the day
 * full. Requests (REQUESTED) hold no seats; approving one claims them. Prices are computed here from
 * the slot's price per day, never taken from a form.
 */
import "server-only";
import { addDaysToDay } from "@/lib/dates";
import { db, inChunks, isUniqueViolation, type Tx } from "@/lib/db";
import { daysIn } from "@/features/ads/schemas";

/** A booking that cannot be made: the slot is full on `day`, or inactive, or the period is over. */
export class BookingRefused extends Error {
  constructor(
    readonly reason: "full" | "inactive" | "past" | "unknownSlot" | "notRequested",
    readonly day?: string,
  ) {
    super(day ? `${reason}: ${day}` : reason);
  }
}

export function daysOf(startDay: string, endDay: string): string[] {
  return Array.from({ length: daysIn(startDay, endDay) }, (_, i) => addDaysToDay(startDay, i));
}

export const priceCents = (pricePerDayCents: number, startDay: string, endDay: string) => pricePerDayCents * daysIn(startDay, endDay);

/** The first day of the period on which every seat is taken, or null. */
export async function firstFullDay(client: Tx | typeof db, slot: { id: number; capacity: number }, startDay: string, endDay: string, except?: number) {
  const taken = await client.adSlotSeat.groupBy({
    by: ["day"],
    where: { slotId: slot.id, day: { gte: startDay, lte: endDay }, ...(except ? { bookingId: { not: except } } : {}) },
    _count: { _all: true },
    orderBy: { day: "asc" },
  });
  return taken.find((d) => d._count._all >= slot.capacity)?.day ?? null;
}

/** Claims the lowest free seat of every day of the booking; throws BookingRefused("full", day) if one has none. */
export async function claimSeats(tx: Tx, booking: { id: number; slotId: number; startDay: string; endDay: string }) {
  const slot = await tx.adSlot.findUnique({ where: { id: booking.slotId }, select: { capacity: true, active: true } });
  if (!slot) throw new BookingRefused("unknownSlot");
  if (!slot.active) throw new BookingRefused("inactive");
  const taken = await tx.adSlotSeat.findMany({ where: { slotId: booking.slotId, day: { gte: booking.startDay, lte: booking.endDay } }, select: { day: true, seat: true } });
  const seatsOf = new Map<string, Set<number>>();
  for (const t of taken) seatsOf.set(t.day, (seatsOf.get(t.day) ?? new Set()).add(t.seat));
  const rows = daysOf(booking.startDay, booking.endDay).map((day) => {
    const used = seatsOf.get(day) ?? new Set<number>();
    const seat = Array.from({ length: slot.capacity }, (_, i) => i).find((s) => !used.has(s));
    if (seat === undefined) throw new BookingRefused("full", day);
    return { slotId: booking.slotId, day, seat, bookingId: booking.id };
  });
  for (const chunk of inChunks(rows, 200)) await tx.adSlotSeat.createMany({ data: chunk });
}

/**
 * Runs a transaction that claims seats; a unique violation (another booking took a seat meanwhile)
 * runs it again on fresh data, where claimSeats then finds the next free seat or the day full.
 */
export async function withSeatRetry<R>(run: () => Promise<R>, attempts = 3): Promise<R> {
  for (let i = 1; ; i++) {
    try {
      return await run();
    } catch (error) {
      if (!isUniqueViolation(error) || i >= attempts) throw error;
    }
  }
}
