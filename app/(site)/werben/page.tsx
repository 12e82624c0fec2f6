import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { BookingForm } from "@/features/ads/components/booking-form";
import { SlotCalendar } from "@/features/ads/components/slot-calendar";
import { slotCalendars } from "@/features/ads/queries";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";

// Availability changes with every booking, and each form gets its own idempotency key.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Werben Sie ab 5 Euro" };

/** "Werben Sie ab 5 Euro — Werden Sie unser Werbepartner!": the public booking request. */
export default async function AdvertisePage() {
  setRequestLocale("de");
  const today = dayOf(await now());
  const [t, calendars] = await Promise.all([getTranslations("ads.form"), slotCalendars(today)]);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-2xl">{t("intro")}</p>
      <section aria-labelledby="availability" className="space-y-4">
        <h2 id="availability" className="text-lg font-semibold">
          {t("availability")}
        </h2>
        {calendars.map((c) => (
          <SlotCalendar key={c.id} calendar={c} />
        ))}
      </section>
      <ClientMessages namespaces={["ads.form"]}>
        <BookingForm mode="public" today={today} idempotencyKey={randomUUID()} slots={calendars.map(({ id, name, width, height, pricePerDayCents }) => ({ id, name, width, height, pricePerDayCents }))} />
      </ClientMessages>
    </section>
  );
}
