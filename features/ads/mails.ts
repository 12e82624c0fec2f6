/** The mails an advertiser gets about a booking (plain text, German, through the outbox). */
import "server-only";
import { getTranslations } from "next-intl/server";
import type { MailInput } from "@/lib/mail/outbox";

export type BookingFacts = { id: number; headline: string; slot: string; startDay: string; endDay: string; priceCents: number; email: string };

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
export const formatPrice = (cents: number) => euro.format(cents / 100);
export const germanDay = (day: string) => day.split("-").reverse().join(".");

export async function bookingMail(kind: "received" | "approved" | "rejected", b: BookingFacts, note = ""): Promise<MailInput> {
  const t = await getTranslations({ locale: "de", namespace: "ads.mail" });
  const facts = { headline: b.headline, slot: b.slot, start: germanDay(b.startDay), end: germanDay(b.endDay), price: formatPrice(b.priceCents) };
  return {
    kind: "booking",
    to: b.email,
    subject: t(`${kind}.subject`, facts),
    text: [t("greeting"), "", t(`${kind}.body`, facts), ...(kind === "rejected" && note ? ["", t("rejected.note", { note })] : []), "", t("signature")].join("\n"),
    dedupeKey: `booking:${b.id}:${kind}`,
  };
}
