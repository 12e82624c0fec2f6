"use server";
/**
 * The ad manager's booking actions (AD_MANAGER, ADMIN): approve a request (claims its seats, or is
 * refused with the first full day), reject it with a note, cancel a booking (its seats are freed; the
 * row stays), and book directly. Each runs in one transaction with its audit row and the advertiser's
 * mail in the outbox.
 */
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { BookingRefused, claimSeats, priceCents, withSeatRetry } from "@/features/ads/booking";
import { bookingMail } from "@/features/ads/mails";
import { decisionSchema, idSchema, staffBookingSchema } from "@/features/ads/schemas";
import { findOrCreateAdvertiser, refusalError } from "@/features/ads/shared";
import { forgetRunningBookings } from "@/features/ads/stats";
import { revalidateReaderSite } from "@/features/articles/cache";
import { ActionError, staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";
import { db, type Tx } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { kickMailSender } from "@/lib/mail/runner";

const tr = () => getTranslations("ads");

async function factsOf(tx: Tx, id: number) {
  const b = await tx.booking.findUnique({ where: { id }, select: { id: true, status: true, slotId: true, startDay: true, endDay: true, headline: true, priceCents: true, slot: { select: { name: true } }, advertiser: { select: { email: true } } } });
  return b ? { ...b, facts: { id: b.id, headline: b.headline, slot: b.slot.name, startDay: b.startDay, endDay: b.endDay, priceCents: b.priceCents, email: b.advertiser.email } } : null;
}

function refresh(id?: number) {
  forgetRunningBookings();
  revalidatePath("/admin/ads", "layout");
  if (id) revalidatePath(`/admin/ads/bookings/${id}`);
}

export async function approveBooking(id: number): Promise<ActionResult> {
  return staffAction("ads.manage", idSchema, async ({ id }, actor) => {
    const t = await tr();
    const at = await now();
    try {
      await withSeatRetry(() =>
        db.$transaction(async (tx) => {
          const b = await factsOf(tx, id);
          if (!b) throw new ActionError(t("errors.notFound"));
          if (b.status !== "REQUESTED") throw new BookingRefused("notRequested");
          if (b.endDay < dayOf(at)) throw new BookingRefused("past");
          await claimSeats(tx, { id, slotId: b.slotId, startDay: b.startDay, endDay: b.endDay });
          const { count } = await tx.booking.updateMany({ where: { id, status: "REQUESTED" }, data: { status: "BOOKED", decidedById: actor.id, decidedAt: at } });
          if (count === 0) throw new BookingRefused("notRequested");
          await enqueueMail(tx, await bookingMail("approved", b.facts), at);
          await audit(tx, { actorId: actor.id, action: "booking.approve", targetType: "booking", targetId: id, summary: `approved booking #${id} "${b.headline}" (${b.startDay} – ${b.endDay})` });
        }),
      );
    } catch (error) {
      throw error instanceof BookingRefused ? refusalError(t, error) : error;
    }
    kickMailSender();
    refresh(id);
    revalidateReaderSite();
    return { ok: true, message: t("result.approved") };
  })({ id });
}

export async function rejectBooking(id: number, _prev: unknown, formData: FormData): Promise<ActionResult> {
  return staffAction("ads.manage", decisionSchema, async ({ id, note }, actor) => {
    const t = await tr();
    const at = await now();
    await db.$transaction(async (tx) => {
      const b = await factsOf(tx, id);
      if (!b) throw new ActionError(t("errors.notFound"));
      const { count } = await tx.booking.updateMany({ where: { id, status: "REQUESTED" }, data: { status: "REJECTED", decidedById: actor.id, decidedAt: at, decisionNote: note || null } });
      if (count === 0) throw new ActionError(t("errors.notRequested"));
      await enqueueMail(tx, await bookingMail("rejected", b.facts, note), at);
      await audit(tx, { actorId: actor.id, action: "booking.reject", targetType: "booking", targetId: id, summary: `rejected booking request #${id} "${b.headline}"` });
    });
    kickMailSender();
    refresh(id);
    return { ok: true, message: t("result.rejected") };
  })({ id, note: formData.get("note") ?? "" });
}

export async function cancelBooking(id: number): Promise<ActionResult> {
  return staffAction("ads.manage", idSchema, async ({ id }, actor) => {
    const t = await tr();
    const at = await now();
    await db.$transaction(async (tx) => {
      const b = await factsOf(tx, id);
      if (!b) throw new ActionError(t("errors.notFound"));
      const { count } = await tx.booking.updateMany({ where: { id, status: { in: ["REQUESTED", "BOOKED"] } }, data: { status: "CANCELLED", decidedById: actor.id, decidedAt: at } });
      if (count === 0) throw new ActionError(t("errors.notCancellable"));
      await tx.adSlotSeat.deleteMany({ where: { bookingId: id } });
      await audit(tx, { actorId: actor.id, action: "booking.cancel", targetType: "booking", targetId: id, summary: `cancelled booking #${id} "${b.headline}"` });
    });
    refresh(id);
    revalidateReaderSite();
    return { ok: true, message: t("result.cancelled") };
  })({ id });
}

/** Books directly (an ad manager taking an order by phone): BOOKED at once, if every day has a free seat. */
export const createBooking = staffAction("ads.manage", staffBookingSchema, async (input, actor): Promise<ActionResult<{ id: number }>> => {
  const t = await tr();
  const at = await now();
  if (input.startDay < dayOf(at)) throw refusalError(t, new BookingRefused("past"));
  const slot = await db.adSlot.findUnique({ where: { id: input.slotId }, select: { id: true, name: true, pricePerDayCents: true } });
  if (!slot) throw refusalError(t, new BookingRefused("unknownSlot"));
  try {
    const id = await withSeatRetry(() =>
      db.$transaction(async (tx) => {
        const advertiser = await findOrCreateAdvertiser(tx, input);
        const booking = await tx.booking.create({
          data: {
            advertiserId: advertiser.id,
            slotId: slot.id,
            startDay: input.startDay,
            endDay: input.endDay,
            status: "BOOKED",
            headline: input.headline,
            text: input.text,
            targetUrl: input.targetUrl,
            imageUrl: input.imageUrl ?? null,
            priceCents: priceCents(slot.pricePerDayCents, input.startDay, input.endDay),
            decidedById: actor.id,
            decidedAt: at,
            createdAt: at,
          },
          select: { id: true },
        });
        await claimSeats(tx, { id: booking.id, slotId: slot.id, startDay: input.startDay, endDay: input.endDay });
        await audit(tx, { actorId: actor.id, action: "booking.create", targetType: "booking", targetId: booking.id, summary: `booked "${input.headline}" on ${slot.name} (${input.startDay} – ${input.endDay})` });
        return booking.id;
      }),
    );
    refresh(id);
    revalidateReaderSite();
    return { ok: true, message: t("result.booked"), data: { id } };
  } catch (error) {
    throw error instanceof BookingRefused ? refusalError(t, error) : error;
  }
});
