import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { buttonClass } from "@/components/ui/button";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { endSubscription, erasePerson, resendConfirmation } from "@/features/subscriptions/admin-actions";
import { getSubscriber } from "@/features/subscriptions/admin-queries";
import { EraseForm } from "@/features/subscriptions/components/erase-form";
import { requirePage } from "@/lib/auth/session";

export default async function SubscriberPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requirePage("subscriptions.manage", `/admin/subscriptions/subscriber/${encodeURIComponent(raw)}`);
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : NaN;
  const person = Number.isSafeInteger(id) ? await getSubscriber(id) : null;
  if (!person) notFound();
  const [t, tl, ts, to, format] = await Promise.all([
    getTranslations("subscriptions.admin.subscriber"),
    getTranslations("subscriptions.admin.list"),
    getTranslations("subscriptions.admin.status"),
    getTranslations("subscriptions.admin.outbox"),
    getFormatter(),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "–");
  return (
    <>
      <PageHeader
        title={t("title", { email: person.email })}
        description={t("description")}
        actions={
          <Link href="/admin/subscriptions" className={buttonClass("secondary")}>
            {t("back")}
          </Link>
        }
      />
      <div className="space-y-8">
        <p className="text-sm text-slate-700">
          {t("comments", { count: person.comments })}
          {person.comments > 0 ? (
            <>
              {" · "}
              <Link href={`/admin/comments/commenter?${new URLSearchParams({ email: person.email })}`} className="text-brand-700 underline">
                {t("commentsLink")}
              </Link>
            </>
          ) : null}
        </p>
        <section aria-labelledby="subs-title" className="space-y-3">
          <h2 id="subs-title" className="text-lg font-semibold">
            {t("subscriptions")}
          </h2>
          <DataTable caption={t("subscriptions")} columns={[tl("kind"), tl("status"), t("proof"), t("actions")]}>
            {person.subscriptions.map((s) => {
              const title = s.articleTitle ?? tl("newsletter");
              return (
                <tr key={s.id} className="border-t border-slate-200 align-top" data-testid="subscriber-subscription">
                  <td className={cellClass}>{s.articleTitle ? tl("thread", { title: s.articleTitle }) : tl("newsletter")}</td>
                  <td className={cellClass}>{ts(s.status)}</td>
                  <td className={`${cellClass} text-xs text-slate-700`}>
                    {t("proofText", { version: s.consentVersion, requested: when(s.requestedAt), ip: s.requestIpHash ? s.requestIpHash.slice(0, 12) : "–" })}
                    {s.confirmedAt ? <div>{t("confirmedAt", { at: when(s.confirmedAt) })}</div> : null}
                    {s.unsubscribedAt ? <div>{t("unsubscribedAt", { at: when(s.unsubscribedAt) })}</div> : null}
                  </td>
                  <td className={`${cellClass} space-y-2`}>
                    {s.status === "PENDING" && s.articleId ? (
                      <ActionButton action={resendConfirmation.bind(null, s.id)} label={t("resend")} pendingLabel={t("resending")} accessibleLabel={t("resendOf", { title })} confirmDone />
                    ) : null}
                    {s.status !== "UNSUBSCRIBED" ? <ActionButton action={endSubscription.bind(null, s.id)} label={t("end")} pendingLabel={t("ending")} accessibleLabel={t("endOf", { title })} /> : null}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        </section>
        <section aria-labelledby="mails-title" className="space-y-3">
          <h2 id="mails-title" className="text-lg font-semibold">
            {t("mails")}
          </h2>
          {person.mails.length === 0 ? (
            <EmptyState title={t("noMails")} />
          ) : (
            <DataTable caption={t("mails")} columns={[to("created"), to("kind"), t("subject"), to("status"), t("sent")]}>
              {person.mails.map((m) => (
                <tr key={m.id} className="border-t border-slate-200">
                  <td className={cellClass}>{when(m.createdAt)}</td>
                  <td className={cellClass}>{m.kind}</td>
                  <td className={cellClass}>{m.subject}</td>
                  <td className={cellClass}>{to(`statuses.${m.status}`)}</td>
                  <td className={cellClass}>{when(m.sentAt)}</td>
                </tr>
              ))}
            </DataTable>
          )}
        </section>
        <section aria-labelledby="erase-title" className="space-y-3 rounded-lg border border-red-200 bg-white p-4">
          <h2 id="erase-title" className="text-lg font-semibold text-red-800">
            {t("erase.title")}
          </h2>
          <p className="text-sm text-slate-700">{t("erase.text")}</p>
          <EraseForm action={erasePerson.bind(null, person.id)} labels={{ confirm: t("erase.confirm"), submit: t("erase.submit"), pending: t("erase.pending"), back: t("erase.back") }} />
        </section>
      </div>
    </>
  );
}
