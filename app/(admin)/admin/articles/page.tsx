import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { listRecentArticles } from "@/features/articles/queries";
import { requirePage } from "@/lib/auth/session";
import { DataTable } from "@/components/ui/data-table";

const STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const;

export default async function ArticlesPage() {
  await requirePage("articles.manage", "/admin/articles");
  const [t, tList, format, { articles, counts }] = await Promise.all([getTranslations("admin.articles"), getTranslations("articles.list"), getFormatter(), listRecentArticles()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/articles/new" className={buttonClass("primary")}>
            {tList("newArticle")}
          </Link>
        }
      />
      <div className="mb-6 grid gap-4 sm:grid-cols-3 xl:grid-cols-5">
        {STATUSES.map((s) => (
          <StatCard key={s} label={t(`status.${s}`)} value={format.number(counts[s] ?? 0)} />
        ))}
      </div>
      {articles.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable caption={t("recent")} columns={[t("columns.title"), t("columns.section"), t("columns.status"), t("columns.publishAt")]}>
          {articles.map((a) => (
            <tr key={a.id} className="border-t border-slate-100">
              <td className="px-3 py-2 font-medium">
                <Link href={`/admin/articles/${a.id}`} className="text-brand-700 underline">
                  {a.title}
                </Link>
              </td>
              <td className="px-3 py-2">{a.section.name}</td>
              <td className="px-3 py-2">{t(`status.${a.status}`)}</td>
              <td className="px-3 py-2">{a.publishAt ? format.dateTime(a.publishAt, { dateStyle: "medium", timeStyle: "short" }) : "–"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
