import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listIssues } from "@/features/newsletter/queries";
import { requirePage } from "@/lib/auth/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The newsletter's issues, newest first, with where each one's delivery stands. */
export default async function NewsletterPage({ searchParams }: Props) {
  await requirePage("newsletter.manage", "/admin/newsletter");
  const sp = await searchParams;
  const cursor = typeof sp.cursor === "string" && /^[1-9]\d{0,9}$/.test(sp.cursor) ? Number(sp.cursor) : undefined;
  const [t, format, { rows, next }] = await Promise.all([getTranslations("newsletter"), getFormatter(), listIssues(cursor)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/newsletter/new" className={buttonClass("primary")}>
            {t("new")}
          </Link>
        }
      />
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable caption={t("caption")} columns={[t("columns.subject"), t("columns.status"), t("columns.created"), t("columns.progress")]}>
          {rows.map((issue) => (
            <tr key={issue.id} className="border-t border-slate-200">
              <td className={cellClass}>
                <Link href={`/admin/newsletter/${issue.id}`} className="font-medium text-brand-700 underline">
                  {issue.subject}
                </Link>
              </td>
              <td className={cellClass}>{t(`statuses.${issue.status}`)}</td>
              <td className={cellClass}>{format.dateTime(issue.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              <td className={cellClass}>{issue.status === "DRAFT" ? "–" : t("progressText", { sent: issue.progress.sent, recipients: issue.progress.recipients })}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {next ? (
        <nav aria-label={t("caption")} className="mt-4 flex justify-end">
          <Link href={`/admin/newsletter?cursor=${next}`} rel="next" className={buttonClass("secondary")}>
            →
          </Link>
        </nav>
      ) : null}
    </>
  );
}
