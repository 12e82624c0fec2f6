/**
 * The rows of the editors' list, each with a checkbox for the bulk bar (joined to its form by the
 * `form` attribute). An article in review shows whom it waits for.
 */
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { ArticleListSelectAll } from "@/features/articles/components/article-list-select-all";
import type { ArticleListRow } from "@/features/articles/list";
import type { ArticleSort } from "@/features/articles/list-params";

export const BULK_FORM_ID = "article-bulk-form";

export async function ArticleListTable({ articles, sort }: { articles: ArticleListRow[]; sort: ArticleSort }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("articles.list"), getTranslations("admin.articles.status"), getFormatter()]);
  const when = (d: Date) => <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}</time>;
  return (
    <DataTable
      caption={t("caption", { sort: t(`sorts.${sort}`) })}
      columns={[
        <ArticleListSelectAll key="all" formId={BULK_FORM_ID} />,
        t("columns.title"),
        t("columns.section"),
        t("columns.status"),
        t("columns.author"),
        t("columns.publishAt"),
        t("columns.updatedAt"),
      ]}
    >
      {articles.map((a) => (
        <tr key={a.id} className="border-t border-slate-100 align-top" data-testid="article-row">
          <td className={cellClass}>
            <input type="checkbox" name="ids" value={a.id} form={BULK_FORM_ID} aria-label={t("selectOne", { title: a.title })} className="size-4" />
          </td>
          <td className={`${cellClass} font-medium`}>
            <Link href={`/admin/articles/${a.id}`} className="text-brand-700 underline">
              {a.title}
            </Link>
          </td>
          <td className={cellClass}>{a.section.name}</td>
          <td className={cellClass}>
            {tStatus(a.status)}
            {a.status === "IN_REVIEW" ? (
              <span className="block text-xs text-slate-600">{a.reviewer ? t("waitsFor", { name: a.reviewer.name }) : t("waitsForNobody")}</span>
            ) : null}
            {a.deletedAt ? <span className="block text-xs text-red-700">{t("inTrash")}</span> : null}
          </td>
          <td className={cellClass}>{a.author?.name ?? "–"}</td>
          <td className={`${cellClass} whitespace-nowrap`}>{a.publishAt ? when(a.publishAt) : t("notScheduled")}</td>
          <td className={`${cellClass} whitespace-nowrap`}>{when(a.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
