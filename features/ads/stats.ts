/**
 * Ad statistics without a database write per page view: impressions are counted in this instance's
 * memory and flushed in one transaction every few seconds (lib/background-jobs.ts; and when the server
 * stops), so a crash loses at most those seconds. Several instances each flush their own counts; the
 * increments add up. Only bookings running today are counted (a short-lived cache of their ids spares
 * a query per beacon). Clicks are rare and written at once.
 */
import "server-only";
import { db, isUniqueViolation, type Tx } from "@/lib/db";

declare global {
  var __newsdeskAdStats: { pending: Map<string, number>; running: { day: string; ids: Set<number>; until: number } | null } | undefined;
}

// On globalThis: the route handlers and the flush job (started by instrumentation.ts) are separate
// bundles, each with its own copy of this module, but must share one buffer.
const state = (globalThis.__newsdeskAdStats ??= { pending: new Map(), running: null });
const pending = state.pending; // "bookingId day" -> impressions
const RUNNING_TTL_MS = 10_000;

export async function runningBookingIds(day: string, nowMs = Date.now()): Promise<Set<number>> {
  const cached = state.running;
  if (cached && cached.day === day && cached.until > nowMs) return cached.ids;
  const rows = await db.booking.findMany({ where: { status: "BOOKED", startDay: { lte: day }, endDay: { gte: day } }, select: { id: true } });
  state.running = { day, ids: new Set(rows.map((r) => r.id)), until: nowMs + RUNNING_TTL_MS };
  return state.running.ids;
}

/** A booking decision changed what runs: the next beacon reads it afresh. */
export function forgetRunningBookings() {
  state.running = null;
}

/** Counts impressions of running bookings; returns how many were counted. */
export async function countImpressions(ids: number[], day: string): Promise<number> {
  const live = await runningBookingIds(day);
  let counted = 0;
  for (const id of new Set(ids)) {
    if (!live.has(id)) continue;
    const key = `${id} ${day}`;
    pending.set(key, (pending.get(key) ?? 0) + 1);
    counted += 1;
  }
  return counted;
}

async function addStat(tx: Tx | typeof db, bookingId: number, day: string, add: { impressions?: number; clicks?: number }) {
  const where = { bookingId_day: { bookingId, day } };
  const update = { impressions: { increment: add.impressions ?? 0 }, clicks: { increment: add.clicks ?? 0 } };
  try {
    await tx.adStatDaily.upsert({ where, create: { bookingId, day, impressions: add.impressions ?? 0, clicks: add.clicks ?? 0 }, update });
  } catch (error) {
    // Two instances created the day's row at once: it exists now.
    if (!isUniqueViolation(error)) throw error;
    await tx.adStatDaily.update({ where, data: update });
  }
}

/** Writes the counted impressions; on failure they stay counted for the next flush. */
export async function flushImpressions(): Promise<number> {
  if (pending.size === 0) return 0;
  const batch = [...pending.entries()];
  pending.clear();
  try {
    await db.$transaction(async (tx) => {
      for (const [key, n] of batch) {
        const [id, day] = key.split(" ");
        await addStat(tx, Number(id), day, { impressions: n });
      }
    });
  } catch (error) {
    for (const [key, n] of batch) pending.set(key, (pending.get(key) ?? 0) + n);
    throw error;
  }
  return batch.reduce((sum, [, n]) => sum + n, 0);
}

export async function countClick(bookingId: number, day: string) {
  await addStat(db, bookingId, day, { clicks: 1 });
}
