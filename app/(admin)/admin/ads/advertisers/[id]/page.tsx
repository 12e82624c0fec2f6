import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getAdvertiser } from "@/features/ads/advertisers";
import { AdvertiserForm } from "@/features/ads/components/advertiser-form";
import { formatPrice, germanDay } from "@/features/ads/mails";
import { requirePage } from "@/lib/auth/session";

type Props = { params: Promise<{ id: string }> };

/** One advertiser: contact data (editable) and their bookings, newest period first. */
export default async function AdvertiserPage({ params }: Props) {
  const { id: raw } = await params;
  await requirePage("ads.manage", `/admin/ads/advertisers/${encodeURIComponent(raw)}`);
  const advertiser = /^[1-9]\d{0,9}$/.test(raw) ? await getAdvertiser(Number(raw)) : null;
  if (!advertiser) notFound();
  const t = await getTranslations("ads");
  return (
    <>
      <PageHeader title={advertiser.name} description={t("advertisers.since", { date: germanDay(advertiser.createdAt.toISOString().slice(0, 10)) })} />
      <div className="space-y-8">
        <section aria-labelledby="contact-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="contact-heading" className="mb-3 font-semibold">
            {t("advertisers.contactData")}
          </h2>
          <AdvertiserForm advertiser={advertiser} />
        </section>
        {advertiser.bookings.length === 0 ? (
          <EmptyState title={t("noBookings")} />
        ) : (
          <DataTable caption={t("advertisers.bookingsOf", { name: advertiser.name })} columns={[t("list.headline"), t("booking.slot"), t("list.period"), t("list.status"), t("booking.price")]}>
            {advertiser.bookings.map((b) => (
              <tr key={b.id} className="border-t border-slate-200">
                <td className={cellClass}>
                  <Link href={`/admin/ads/bookings/${b.id}`} className="font-medium text-brand-700 underline">
                    {b.headline}
                  </Link>
                </td>
                <td className={cellClass}>{b.slot.name}</td>
                <td className={cellClass}>
                  {germanDay(b.startDay)} – {germanDay(b.endDay)}
                </td>
                <td className={cellClass}>{t(`statuses.${b.status}`)}</td>
                <td className={`${cellClass} tabular-nums`}>{formatPrice(b.priceCents)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </div>
    </>
  );
}
