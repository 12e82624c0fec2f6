/** Pieces the staff and the public booking actions share. */
import "server-only";
import type { getTranslations } from "next-intl/server";
import type { BookingRefused } from "@/features/ads/booking";
import { ActionError } from "@/lib/action";
import type { Tx } from "@/lib/db";

type T = Awaited<ReturnType<typeof getTranslations<"ads">>>;

/** A refusal as the form shows it: under the field it is about. */
export function refusalError(t: T, refusal: BookingRefused) {
  const message = refusal.reason === "full" ? t("errors.full", { day: refusal.day!.split("-").reverse().join(".") }) : t(`errors.${refusal.reason}`);
  const field = refusal.reason === "full" || refusal.reason === "past" ? "startDay" : refusal.reason === "notRequested" ? undefined : "slotId";
  return new ActionError(message, field ? { [field]: [message] } : undefined);
}

/** Zod's own codes for our refinements ("url", "day", ...) become the form's German sentences. */
export function translateFieldErrors(t: T, errors: Record<string, string[] | undefined>) {
  const known = new Set(["day", "url", "endBeforeStart", "tooLong"]);
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, (v ?? []).map((m) => (known.has(m) ? t(`errors.${m as "day"}`) : m))]));
}

/** The same company and address make one advertiser; public input never overwrites a known one. */
export async function findOrCreateAdvertiser(tx: Tx, a: { company: string; contactName: string; email: string; phone: string }) {
  const known = await tx.advertiser.findFirst({ where: { email: a.email, name: a.company, deletedAt: null }, select: { id: true } });
  return known ?? tx.advertiser.create({ data: { name: a.company, contactName: a.contactName || null, email: a.email, phone: a.phone || null }, select: { id: true } });
}
