import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { retryOutboxMail } from "@/features/subscriptions/admin-actions";
import { OUTBOX_STATUSES, listOutbox } from "@/features/subscriptions/admin-queries";
import { requirePage } from "@/lib/auth/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const href = (status?: string, cursor?: number) => {
  const q = new URLSearchParams({ ...(status ? { status } : {}), ...(cursor ? { cursor: String(cursor) } : {}) }).toString();
  return q ? `/admin/subscriptions/outbox?${q}` : "/admin/subscriptions/outbox";
};

/** The Postausgang: every mail with its delivery state; failed ones can be sent again. */
export default async function OutboxPage({ searchParams }: Props) {
  await requirePage("subscriptions.manage", "/admin/subscriptions/outbox");
  const sp = await searchParams;
  const status = OUTBOX_STATUSES.find((s) => s === sp.status);
  const cursor = typeof sp.cursor === "string" && /^[1-9]\d{0,9}$/.test(sp.cursor) ? Number(sp.cursor) : undefined;
  const [t, format, { rows, next }] = await Promise.all([getTranslations("subscriptions.admin.outbox"), getFormatter(), listOutbox(status, cursor)]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "–");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <nav aria-label={t("status")} className="mb-4 flex flex-wrap gap-2">
        {[undefined, ...OUTBOX_STATUSES].map((s) => (
          <Link key={s ?? "all"} href={href(s)} aria-current={s === status ? "page" : undefined} className={buttonClass(s === status ? "primary" : "secondary")}>
            {s ? t(`statuses.${s}`) : t("all")}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable caption={t("caption")} columns={[t("created"), t("kind"), t("to"), t("subject"), t("status"), t("attempts"), t("error")]}>
          {rows.map((m) => (
            <tr key={m.id} className="border-t border-slate-200 align-top" data-testid="outbox-row">
              <td className={cellClass}>{when(m.createdAt)}</td>
              <td className={cellClass}>{m.kind}</td>
              <td className={cellClass}>{m.to}</td>
              <td className={cellClass}>
                <details>
                  <summary className="cursor-pointer">{m.subject}</summary>
                  <pre className="mt-2 max-w-xl whitespace-pre-wrap break-words text-xs text-slate-700">{m.text}</pre>
                </details>
              </td>
              <td className={cellClass}>
                {t(`statuses.${m.status}`)}
                {m.sentAt ? <div className="text-xs text-slate-600">{when(m.sentAt)}</div> : null}
              </td>
              <td className={cellClass}>{m.attempts}</td>
              <td className={`${cellClass} space-y-2`}>
                {m.lastError ? <p className="max-w-64 break-words text-xs text-red-800">{m.lastError}</p> : null}
                {m.status === "FAILED" ? <ActionButton action={retryOutboxMail.bind(null, m.id)} label={t("retry")} pendingLabel={t("retrying")} accessibleLabel={t("retryOf", { subject: m.subject })} confirmDone /> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {cursor || next ? (
        <nav aria-label={t("caption")} className="mt-4 flex justify-between">
          {cursor ? (
            <Link href={href(status)} className={buttonClass("secondary")}>
              ←
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={href(status, next)} rel="next" className={buttonClass("secondary")}>
              →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
