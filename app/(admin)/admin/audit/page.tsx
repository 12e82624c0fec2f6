import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { AuditFilterForm } from "@/features/audit/components/audit-filters";
import { AuditTable } from "@/features/audit/components/audit-table";
import { listAuditFilterOptions, listAuditLog } from "@/features/audit/queries";
import { auditHref, encodeCursor, parseAuditSearchParams } from "@/features/audit/search-params";
import { requirePage } from "@/lib/auth/session";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePage("audit.view", "/admin/audit");
  const filters = parseAuditSearchParams(await searchParams);
  const [t, { entries, next }, options] = await Promise.all([getTranslations("audit"), listAuditLog(filters), listAuditFilterOptions()]);
  const { cursor, ...rest } = filters;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <AuditFilterForm filters={filters} actions={options.actions} actors={options.actors} />
      {entries.length === 0 ? <EmptyState title={t("empty")} /> : <AuditTable entries={entries} />}
      {cursor || next ? (
        <nav aria-label={t("pagination.label")} className="mt-4 flex justify-between">
          {cursor ? <Link href={auditHref(rest)} className={buttonClass("secondary")}>{t("pagination.first")}</Link> : <span />}
          {next ? (
            <Link href={auditHref({ ...rest, cursor: encodeCursor(next) })} rel="next" className={buttonClass("secondary")}>
              {t("pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
