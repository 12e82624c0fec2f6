"use server";
/**
 * "Werben Sie ab 5 Euro": the public booking request (no session). Validated like every staff input,
 * limited per client address, with a honeypot and an idempotency key (a retried post creates nothing
 * new). A request holds no seats, but one for days that are already full is refused at once. The price
 * is computed here; the advertiser gets a confirmation mail and the ad manager finds it in the inbox.
 */
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { BookingRefused, firstFullDay, priceCents } from "@/features/ads/booking";
import { bookingMail } from "@/features/ads/mails";
import { bookingRequestSchema } from "@/features/ads/schemas";
import { findOrCreateAdvertiser, refusalError, translateFieldErrors } from "@/features/ads/shared";
import { ActionError, formDataToObject, type ActionResult } from "@/lib/action";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";
import { db, isUniqueViolation } from "@/lib/db";
import { enqueueMail } from "@/lib/mail/outbox";
import { kickMailSender } from "@/lib/mail/runner";
import { ImageRejectedError, storeImage } from "@/lib/media";
import { steadily } from "@/lib/steady-timing";
import { hit } from "@/lib/rate-limit";
import { requestIpHash } from "@/lib/request-ip";
import "@/lib/zod-locale";

const LIMIT = { max: 5, windowMs: 60 * 60_000 };
const DONE = "/werben/danke";

export async function requestBooking(_prev: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("ads");
  const fields = formDataToObject(formData);
  const image = fields.image instanceof Blob && fields.image.size > 0 ? fields.image : null;
  delete fields.image;
  const parsed = bookingRequestSchema.safeParse(fields);
  if (!parsed.success) {
    const common = await getTranslations("common.errors");
    return { ok: false, message: common("invalid"), fieldErrors: translateFieldErrors(t, z.flattenError(parsed.error).fieldErrors as Record<string, string[]>) };
  }
  const input = parsed.data;
  if (input.website.trim()) redirect(DONE); // the honeypot's answer looks like success
  const at = await now();
  const ipHash = await requestIpHash();
  if ((await hit({ key: `booking-request:${ipHash}`, windowMs: LIMIT.windowMs }, at)) > LIMIT.max) return { ok: false, message: t("errors.rateLimited") };
  if (input.idempotencyKey && (await db.booking.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true } }))) redirect(DONE);

  try {
    if (input.startDay < dayOf(at)) throw new BookingRefused("past");
    const slot = await db.adSlot.findUnique({ where: { id: input.slotId }, select: { id: true, name: true, capacity: true, active: true, pricePerDayCents: true } });
    if (!slot) throw new BookingRefused("unknownSlot");
    if (!slot.active) throw new BookingRefused("inactive");
    const full = await firstFullDay(db, slot, input.startDay, input.endDay);
    if (full) throw new BookingRefused("full", full);
    let imagePath: string | null = null;
    if (image) {
      try {
        imagePath = (await storeImage(image)).name;
      } catch (error) {
        if (error instanceof ImageRejectedError) throw new ActionError(t("errors.image"), { image: [t("errors.image")] });
        throw error;
      }
    }
    // In steady time: a new advertiser takes one insert more than a known one, and the time of the
    // answer must not tell which. A duplicate (the same idempotency key at once) is dropped.
    const slotName = slot.name;
    const price = priceCents(slot.pricePerDayCents, input.startDay, input.endDay);
    await steadily(async () => {
      try {
        await db.$transaction(async (tx) => {
          const advertiser = await findOrCreateAdvertiser(tx, input);
          const booking = await tx.booking.create({
            data: {
              advertiserId: advertiser.id,
              slotId: slot.id,
              startDay: input.startDay,
              endDay: input.endDay,
              status: "REQUESTED",
              headline: input.headline,
              text: input.text,
              targetUrl: input.targetUrl,
              imagePath,
              imageUrl: imagePath ? null : (input.imageUrl ?? null),
              priceCents: price,
              idempotencyKey: input.idempotencyKey || null,
              createdAt: at,
            },
            select: { id: true, headline: true, startDay: true, endDay: true, priceCents: true },
          });
          await enqueueMail(tx, await bookingMail("received", { ...booking, slot: slotName, email: input.email }), at);
        });
        kickMailSender();
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    });
  } catch (error) {
    if (error instanceof BookingRefused) {
      const refusal = refusalError(t, error);
      return { ok: false, message: refusal.message, fieldErrors: refusal.fieldErrors };
    }
    if (error instanceof ActionError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    if (!isUniqueViolation(error)) throw error; // the same form posted twice at once: the first one counts
  }
  redirect(DONE);
}
