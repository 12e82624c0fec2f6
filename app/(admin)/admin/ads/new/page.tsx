import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { BookingForm } from "@/features/ads/components/booking-form";
import { slotCalendars } from "@/features/ads/queries";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";

export default async function NewBookingPage() {
  await requirePage("ads.manage", "/admin/ads/new");
  const today = dayOf(await now());
  const [t, slots] = await Promise.all([getTranslations("ads.form"), slotCalendars(today, 1)]);
  return (
    <>
      <PageHeader title={t("staffTitle")} />
      <BookingForm mode="staff" today={today} slots={slots.map(({ id, name, width, height, pricePerDayCents }) => ({ id, name, width, height, pricePerDayCents }))} />
    </>
  );
}
