import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { KINDS, SUBSCRIPTION_STATUSES, parseSubscriptionFilters, subscriptionsHref } from "@/features/subscriptions/admin-params";
import { listSubscriptions } from "@/features/subscriptions/admin-queries";
import { getSubscriptionOverview } from "@/features/subscriptions/queries";
import { requirePage } from "@/lib/auth/session";

const input = "block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubscriptionsPage({ searchParams }: Props) {
  await requirePage("subscriptions.manage", "/admin/subscriptions");
  const filters = parseSubscriptionFilters(await searchParams);
  const [t, tl, ts, format, o, { rows, next }] = await Promise.all([
    getTranslations("admin.subscriptions"),
    getTranslations("subscriptions.admin.list"),
    getTranslations("subscriptions.admin.status"),
    getFormatter(),
    getSubscriptionOverview(),
    listSubscriptions(filters),
  ]);
  const { cursor, ...rest } = filters;
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "–");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <Link href="/admin/subscriptions/outbox" className={buttonClass("secondary")}>
              {tl("outbox")}
            </Link>
            <a href={subscriptionsHref(rest, "/admin/subscriptions/export.csv")} className={buttonClass("secondary")} download>
              {tl("export")}
            </a>
          </>
        }
      />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        <StatCard label={t("subscribers")} value={format.number(o.subscribers)} />
        <StatCard label={t("confirmed")} value={format.number(o.byStatus.CONFIRMED ?? 0)} />
        <StatCard label={t("pending")} value={format.number(o.byStatus.PENDING ?? 0)} />
        <StatCard label={t("unsubscribed")} value={format.number(o.byStatus.UNSUBSCRIBED ?? 0)} />
        <StatCard label={t("newsletter")} value={format.number(o.newsletter)} />
        <StatCard label={t("outbox")} value={format.number(o.outboxQueued)} hint={t("outboxFailed", { count: o.outboxFailed })} />
      </div>
      <form action="/admin/subscriptions" method="get" aria-label={tl("filter")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-5">
        <label className="text-sm">
          <span className="font-medium">{tl("q")}</span>
          <input name="q" type="search" maxLength={200} defaultValue={filters.q ?? ""} className={input} />
        </label>
        <label className="text-sm">
          <span className="font-medium">{tl("kind")}</span>
          <select name="kind" defaultValue={filters.kind ?? ""} className={input}>
            <option value="">{tl("allKinds")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {tl(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="font-medium">{tl("status")}</span>
          <select name="status" defaultValue={filters.status ?? ""} className={input}>
            <option value="">{tl("allStatuses")}</option>
            {SUBSCRIPTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ts(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="font-medium">{tl("article")}</span>
          <input name="article" inputMode="numeric" defaultValue={filters.article ?? ""} className={input} />
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("secondary")}>
            {tl("apply")}
          </button>
          <Link href="/admin/subscriptions" className={buttonClass("ghost")}>
            {tl("reset")}
          </Link>
        </div>
      </form>
      {rows.length === 0 ? (
        <EmptyState title={tl("empty")} />
      ) : (
        <DataTable caption={tl("caption")} columns={[tl("email"), tl("kind"), tl("status"), tl("requested"), tl("confirmed")]}>
          {rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-200" data-testid="subscription-row">
              <td className={cellClass}>
                <Link href={`/admin/subscriptions/subscriber/${r.subscriber.id}`} className="text-brand-700 underline">
                  {r.subscriber.email}
                </Link>
              </td>
              <td className={cellClass}>{r.articleTitle ? tl("thread", { title: r.articleTitle }) : tl("newsletter")}</td>
              <td className={cellClass}>{ts(r.status)}</td>
              <td className={cellClass}>{when(r.requestedAt)}</td>
              <td className={cellClass}>{when(r.confirmedAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {cursor || next ? (
        <nav aria-label={tl("pagination")} className="mt-4 flex justify-between">
          {cursor ? (
            <Link href={subscriptionsHref(rest)} className={buttonClass("secondary")}>
              {tl("first")}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={subscriptionsHref({ ...rest, cursor: next })} rel="next" className={buttonClass("secondary")}>
              {tl("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
