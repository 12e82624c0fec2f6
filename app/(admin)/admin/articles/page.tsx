import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { ArticleListBulkBar } from "@/features/articles/components/article-list-bulk-bar";
import { ArticleListFilterForm } from "@/features/articles/components/article-list-filters";
import { ArticleListTable, BULK_FORM_ID } from "@/features/articles/components/article-list-table";
import { ArticleListTabs } from "@/features/articles/components/article-list-tabs";
import { countArticlesByStatus, listArticleFilterOptions, listArticles } from "@/features/articles/list";
import { articleListHref, parseArticleListParams } from "@/features/articles/list-params";
import { requirePage } from "@/lib/auth/session";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  await requirePage("articles.manage", "/admin/articles");
  const filters = parseArticleListParams(await searchParams);
  const [t, tList, { articles, next }, counts, options] = await Promise.all([
    getTranslations("admin.articles"),
    getTranslations("articles.list"),
    listArticles(filters),
    countArticlesByStatus(),
    listArticleFilterOptions(),
  ]);
  const { cursor, ...rest } = filters;
  // The list's client parts (bulk bar, select-all) need only the list's texts, not the editor's.
  return (
    <ClientMessages namespaces={["articles.list"]}>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/articles/new" className={buttonClass("primary")}>
            {tList("newArticle")}
          </Link>
        }
      />
      <ArticleListTabs filters={filters} counts={counts} />
      <ArticleListFilterForm filters={filters} sections={options.sections} staff={options.staff} />
      <ArticleListBulkBar formId={BULK_FORM_ID} trash={filters.status === "TRASH"} />
      {articles.length === 0 ? (
        <EmptyState title={tList("empty")}>{tList("emptyHint")}</EmptyState>
      ) : (
        <ArticleListTable articles={articles} sort={filters.sort} />
      )}
      {cursor || next ? (
        <nav aria-label={tList("pagination.label")} className="mt-4 flex justify-between">
          {cursor ? (
            <Link href={articleListHref(rest)} className={buttonClass("secondary")}>
              {tList("pagination.first")}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={articleListHref({ ...rest, cursor: next })} rel="next" className={buttonClass("secondary")}>
              {tList("pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </ClientMessages>
  );
}
