"use server";
/**
 * Ad slots (AD_MANAGER, ADMIN): create and edit a sidebar position — name, size, price per day,
 * capacity, order, active. The capacity cannot go below what is already booked on some coming day
 * (the refusal names the day); a slot with bookings is deactivated, never deleted.
 */
import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { revalidateReaderSite } from "@/features/articles/cache";
import { slotSchema } from "@/features/ads/schemas";
import { forgetRunningBookings } from "@/features/ads/stats";
import { ActionError, staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";
import { db } from "@/lib/db";

const keyOf = (name: string) =>
  name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40) || "platz";

export const saveSlot = staffAction("ads.manage", slotSchema, async (input, actor): Promise<ActionResult<{ id: number }>> => {
  const t = await getTranslations("ads.slots");
  const today = dayOf(await now());
  const data = { name: input.name, width: input.width, height: input.height, pricePerDayCents: input.price, capacity: input.capacity, position: input.position, active: input.active };
  const id = await db.$transaction(async (tx) => {
    if (!input.id) {
      let key = keyOf(input.name);
      if (await tx.adSlot.findUnique({ where: { key }, select: { id: true } })) key = `${key}-${Date.now().toString(36)}`;
      const created = await tx.adSlot.create({ data: { ...data, key }, select: { id: true } });
      await audit(tx, { actorId: actor.id, action: "adslot.create", targetType: "adslot", targetId: created.id, summary: `created ad slot "${input.name}"` });
      return created.id;
    }
    const slot = await tx.adSlot.findUnique({ where: { id: input.id }, select: { id: true } });
    if (!slot) throw new ActionError(t("notFound"));
    // Seat numbers are 0-based: a booked seat >= the new capacity on a coming day blocks the change.
    const over = await tx.adSlotSeat.findFirst({ where: { slotId: input.id, day: { gte: today }, seat: { gte: input.capacity } }, orderBy: { day: "asc" }, select: { day: true } });
    if (over) {
      const message = t("capacityBooked", { day: over.day.split("-").reverse().join(".") });
      throw new ActionError(message, { capacity: [message] });
    }
    await tx.adSlot.update({ where: { id: input.id }, data });
    await audit(tx, { actorId: actor.id, action: "adslot.update", targetType: "adslot", targetId: input.id, summary: `changed ad slot "${input.name}"`, data });
    return input.id;
  });
  forgetRunningBookings();
  revalidatePath("/admin/ads", "layout");
  revalidateReaderSite();
  return { ok: true, message: t("saved"), data: { id } };
});
