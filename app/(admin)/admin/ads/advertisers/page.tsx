import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAdvertisers } from "@/features/ads/advertisers";
import { formatPrice } from "@/features/ads/mails";
import { advertiserListSchema } from "@/features/ads/schemas";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every advertiser, newest first, with their bookings, what runs today and the revenue of their bookings. */
export default async function AdvertisersPage({ searchParams }: Props) {
  await requirePage("ads.manage", "/admin/ads/advertisers");
  const filters = advertiserListSchema.parse(await searchParams);
  const [t, format, { advertisers, next }] = await Promise.all([getTranslations("ads.advertisers"), getFormatter(), listAdvertisers(filters, dayOf(await now()))]);
  const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm";
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <form action="/admin/ads/advertisers" method="get" role="search" aria-label={t("search")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
        <label className="min-w-64 flex-1 text-sm">
          <span className="font-medium">{t("q")}</span>
          <input name="q" type="search" maxLength={100} defaultValue={filters.q} className={input} />
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("searchButton")}
        </button>
      </form>
      {advertisers.length === 0 ? (
        <EmptyState title={filters.q ? t("noMatch") : t("empty")} />
      ) : (
        <DataTable caption={t("caption")} columns={[t("name"), t("contact"), t("bookings"), t("running"), t("revenue")]}>
          {advertisers.map((a) => (
            <tr key={a.id} className="border-t border-slate-200" data-testid="advertiser">
              <td className={cellClass}>
                <Link href={`/admin/ads/advertisers/${a.id}`} className="font-medium text-brand-700 underline">
                  {a.name}
                </Link>
              </td>
              <td className={cellClass}>
                {a.contactName ? <span className="block">{a.contactName}</span> : null}
                <span className="block text-xs text-slate-600">{a.email}</span>
                {a.phone ? <span className="block text-xs text-slate-600">{a.phone}</span> : null}
              </td>
              <td className={`${cellClass} tabular-nums`}>
                {format.number(a.bookings)}
                {a.requested > 0 ? <span className="block text-xs text-slate-600">{t("requested", { count: a.requested })}</span> : null}
              </td>
              <td className={`${cellClass} tabular-nums`}>{format.number(a.running)}</td>
              <td className={`${cellClass} tabular-nums`}>{formatPrice(a.revenueCents)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {filters.after || next ? (
        <nav aria-label={t("pages")} className="mt-4 flex gap-3">
          {filters.after ? (
            <Link href={`/admin/ads/advertisers${filters.q ? `?q=${encodeURIComponent(filters.q)}` : ""}`} className={buttonClass("secondary")}>
              {t("first")}
            </Link>
          ) : null}
          {next ? (
            <Link href={`/admin/ads/advertisers?${new URLSearchParams({ ...(filters.q ? { q: filters.q } : {}), after: String(next) })}`} rel="next" className={buttonClass("secondary")}>
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
