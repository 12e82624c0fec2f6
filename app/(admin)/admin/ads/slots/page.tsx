import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SlotForm } from "@/features/ads/components/slot-form";
import { listSlots } from "@/features/ads/queries";
import { requirePage } from "@/lib/auth/session";

/** The ad slots: each one editable, and a new one at the end. */
export default async function AdSlotsPage() {
  await requirePage("ads.manage", "/admin/ads/slots");
  const [t, slots] = await Promise.all([getTranslations("ads.slots"), listSlots()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {slots.map((slot) => (
          <section key={slot.id} aria-labelledby={`edit-${slot.id}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id={`edit-${slot.id}`} className="font-semibold">
                {t("edit", { name: slot.name })}
                {slot.active ? null : <span className="ml-2 text-sm font-normal text-slate-600">({t("inactive")})</span>}
              </h2>
              <Link href={`/admin/ads/slots/${slot.id}`} className="text-sm text-brand-700 underline">
                {t("stats")}
              </Link>
            </div>
            <SlotForm slot={slot} />
          </section>
        ))}
        <section aria-labelledby="new-slot" className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-4">
          <h2 id="new-slot" className="font-semibold">
            {t("new")}
          </h2>
          <SlotForm />
        </section>
      </div>
    </>
  );
}
