import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { formatPrice, germanDay } from "@/features/ads/mails";
import { listRequests } from "@/features/ads/queries";
import { requirePage } from "@/lib/auth/session";

/** The inbox of public booking requests, oldest first. */
export default async function BookingRequestsPage() {
  await requirePage("ads.manage", "/admin/ads/requests");
  const [t, format, rows] = await Promise.all([getTranslations("ads"), getFormatter(), listRequests()]);
  return (
    <>
      <PageHeader title={t("requests.title")} description={t("requests.description")} />
      {rows.length === 0 ? (
        <EmptyState title={t("requests.empty")} />
      ) : (
        <DataTable caption={t("requests.caption")} columns={[t("requests.received"), t("list.headline"), t("list.advertiser"), t("booking.slot"), t("list.period"), t("booking.price")]}>
          {rows.map((b) => (
            <tr key={b.id} className="border-t border-slate-200" data-testid="booking-request">
              <td className={cellClass}>{format.dateTime(b.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className={cellClass}>
                <Link href={`/admin/ads/bookings/${b.id}`} className="font-medium text-brand-700 underline">
                  {b.headline}
                </Link>
              </td>
              <td className={cellClass}>
                {b.advertiser.name}
                <span className="block text-xs text-slate-600">{b.advertiser.email}</span>
              </td>
              <td className={cellClass}>{b.slot.name}</td>
              <td className={cellClass}>
                {germanDay(b.startDay)} – {germanDay(b.endDay)}
              </td>
              <td className={`${cellClass} tabular-nums`}>{formatPrice(b.priceCents)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
