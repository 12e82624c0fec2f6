import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { BarChart } from "@/components/ui/bar-chart";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { approveBooking, cancelBooking } from "@/features/ads/actions";
import { RejectForm } from "@/features/ads/components/reject-form";
import { formatPrice, germanDay } from "@/features/ads/mails";
import { ctr, getBooking } from "@/features/ads/queries";
import { requirePage } from "@/lib/auth/session";
import { imageUrl } from "@/lib/media";
import { safeHttpUrl } from "@/lib/url";

type Props = { params: Promise<{ id: string }> };

/** One booking: its facts and ad, the decision (for a request) or cancelling, and its statistics per day. */
export default async function BookingPage({ params }: Props) {
  const { id: raw } = await params;
  await requirePage("ads.manage", `/admin/ads/bookings/${encodeURIComponent(raw)}`);
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
  const b = id ? await getBooking(id) : null;
  if (!b) notFound();
  const [t, format] = await Promise.all([getTranslations("ads"), getFormatter()]);
  const totals = b.stats.reduce((s, d) => ({ impressions: s.impressions + d.impressions, clicks: s.clicks + d.clicks }), { impressions: 0, clicks: 0 });
  const percent = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 2 });
  const image = b.imagePath ? imageUrl(b.imagePath) : safeHttpUrl(b.imageUrl);
  const facts: [string, React.ReactNode][] = [
    [t("booking.status"), t(`statuses.${b.status}`)],
    [t("booking.slot"), b.slot.name],
    [t("booking.period"), t("booking.periodValue", { start: germanDay(b.startDay), end: germanDay(b.endDay), days: b.days })],
    [t("booking.price"), formatPrice(b.priceCents)],
    [
      t("booking.advertiser"),
      <Link key="advertiser" href={`/admin/ads/advertisers/${b.advertiser.id}`} className="text-brand-700 underline">
        {b.advertiser.name}
      </Link>,
    ],
    [t("booking.contact"), [b.advertiser.contactName, b.advertiser.email, b.advertiser.phone].filter(Boolean).join(" · ")],
    [t("booking.target"), b.targetUrl],
  ];
  return (
    <>
      <PageHeader title={t("booking.title", { id: b.id, headline: b.headline })} />
      <div className="grid gap-8 xl:grid-cols-2">
        <div className="space-y-6">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-600">{label}</dt>
                <dd className="break-words">{value}</dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="creative" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
            <h2 id="creative" className="text-lg font-semibold">
              {t("booking.creative")}
            </h2>
            {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload or an advertiser's URL, at its own size */}
            {image ? <img src={image} alt="" className="max-h-48 rounded" /> : null}
            <p className="font-semibold">{b.headline}</p>
            <p className="text-sm text-slate-700">{b.text}</p>
          </section>
          {b.status === "REQUESTED" ? (
            <div className="flex flex-wrap items-start gap-6 rounded-lg border border-slate-200 bg-white p-4">
              <ActionButton action={approveBooking.bind(null, b.id)} label={t("booking.approve")} pendingLabel={t("booking.approving")} variant="primary" confirmDone />
              <RejectForm id={b.id} />
            </div>
          ) : null}
          {b.status === "BOOKED" ? <ActionButton action={cancelBooking.bind(null, b.id)} label={t("booking.cancel")} pendingLabel={t("booking.cancelling")} variant="danger" confirmDone /> : null}
        </div>
        <section aria-labelledby="stats" className="space-y-4">
          <div className="flex items-center justify-between">
            <h2 id="stats" className="text-lg font-semibold">
              {t("booking.stats")}
            </h2>
            <Link href={`/admin/ads/bookings/${b.id}/stats.csv`} className="text-sm text-brand-700 underline" prefetch={false}>
              {t("booking.csv")}
            </Link>
          </div>
          {b.stats.length === 0 ? (
            <p className="text-sm text-slate-600">{t("booking.noStats")}</p>
          ) : (
            <>
              <BarChart title={t("booking.chart")} data={b.stats.map((d) => ({ label: germanDay(d.day), value: d.impressions }))} />
              <DataTable caption={t("booking.statsCaption")} columns={[t("booking.day"), t("booking.impressions"), t("booking.clicks"), t("booking.ctr")]}>
                {b.stats.map((d) => (
                  <tr key={d.day} className="border-t border-slate-200">
                    <td className={cellClass}>{germanDay(d.day)}</td>
                    <td className={`${cellClass} tabular-nums`}>{format.number(d.impressions)}</td>
                    <td className={`${cellClass} tabular-nums`}>{format.number(d.clicks)}</td>
                    <td className={`${cellClass} tabular-nums`}>{percent(ctr(d.clicks, d.impressions))}</td>
                  </tr>
                ))}
                <tr className="border-t-2 border-slate-300 font-semibold">
                  <td className={cellClass}>{t("booking.total")}</td>
                  <td className={`${cellClass} tabular-nums`}>{format.number(totals.impressions)}</td>
                  <td className={`${cellClass} tabular-nums`}>{format.number(totals.clicks)}</td>
                  <td className={`${cellClass} tabular-nums`}>{percent(ctr(totals.clicks, totals.impressions))}</td>
                </tr>
              </DataTable>
            </>
          )}
        </section>
      </div>
    </>
  );
}
