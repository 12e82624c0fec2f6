/**
 * The rows of the editors' list, each with a checkbox for the bulk bar (joined to its form by the
 * `form` attribute). An article in review shows whom it waits for. The texts and the date format all
 * rows share are prepared once (lib/row-message.ts), and the title links are plain anchors: 50 rows of
 * t() calls and client-side Links were a good part of the page's render, and every visible Link had
 * the browser prefetch its editor.
 */
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { ArticleListSelectAll } from "@/features/articles/components/article-list-select-all";
import type { ArticleListRow } from "@/features/articles/list";
import type { ArticleSort } from "@/features/articles/list-params";
import { rowDateTime, rowMessage } from "@/lib/row-message";

export const BULK_FORM_ID = "article-bulk-form";

export async function ArticleListTable({ articles, sort }: { articles: ArticleListRow[]; sort: ArticleSort }) {
  const [t, tArticles, locale, timeZone] = await Promise.all([getTranslations("articles.list"), getTranslations("admin.articles"), getLocale(), getTimeZone()]);
  const dateTime = rowDateTime(locale, timeZone);
  const when = (d: Date) => <time dateTime={d.toISOString()}>{dateTime.format(d)}</time>;
  const statusName = tArticles.raw("status") as Record<string, string>;
  const selectOne = rowMessage(t.raw("selectOne") as string, locale);
  const waitsFor = rowMessage(t.raw("waitsFor") as string, locale);
  const [waitsForNobody, inTrash, notScheduled] = [t("waitsForNobody"), t("inTrash"), t("notScheduled")];
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
            <input type="checkbox" name="ids" value={a.id} form={BULK_FORM_ID} aria-label={selectOne({ title: a.title })} className="size-4" />
          </td>
          <td className={`${cellClass} font-medium`}>
            <a href={`/admin/articles/${a.id}`} className="text-brand-700 underline">
              {a.title}
            </a>
          </td>
          <td className={cellClass}>{a.section.name}</td>
          <td className={cellClass}>
            {statusName[a.status]}
            {a.status === "IN_REVIEW" ? (
              <span className="block text-xs text-slate-600">{a.reviewer ? waitsFor({ name: a.reviewer.name }) : waitsForNobody}</span>
            ) : null}
            {a.deletedAt ? <span className="block text-xs text-red-700">{inTrash}</span> : null}
          </td>
          <td className={cellClass}>{a.author?.name ?? "–"}</td>
          <td className={`${cellClass} whitespace-nowrap`}>{a.publishAt ? when(a.publishAt) : notScheduled}</td>
          <td className={`${cellClass} whitespace-nowrap`}>{when(a.updatedAt)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
