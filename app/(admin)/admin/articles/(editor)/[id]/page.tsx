import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { ArticleVersionProvider } from "@/features/articles/components/article-version";
import { ArticleEditor } from "@/features/articles/components/article-editor";
import { WorkflowPanel } from "@/features/articles/components/workflow-panel";
import { getArticleForEdit, listReviewers, listSectionsForSelect, parseArticleIdParam } from "@/features/articles/editor-queries";
import { checkTransition, type WorkflowAction } from "@/features/articles/workflow";
import { requirePage } from "@/lib/auth/session";

const ACTIONS: WorkflowAction[] = ["submit", "sendBack", "publish", "unpublish", "archive", "restore"];

export default async function EditArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const staff = await requirePage("articles.manage", `/admin/articles/${encodeURIComponent(raw)}`);
  const id = parseArticleIdParam(raw);
  if (id === null) notFound();
  const [t, tSite, tStatus, format, article, sections, reviewers] = await Promise.all([
    getTranslations("articles"),
    getTranslations("site"),
    getTranslations("admin.articles.status"),
    getFormatter(),
    getArticleForEdit(id),
    listSectionsForSelect(),
    listReviewers(),
  ]);
  if (!article) notFound();
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : t("workflow.notScheduled"));
  // The client editor gets the editable fields only, not the people and times around them.
  const { id: articleId, title, teaser, bodyHtml, sectionId, byline, slug, metaDescription, heroImage, heroAlt, commentMode, status, version } = article;
  const editable = { id: articleId, title, teaser, bodyHtml, sectionId, byline, slug, metaDescription, heroImage, heroAlt, commentMode, status, version };
  const { reviewer, publishAt, unpublishAt } = article;
  const actions = ACTIONS.filter((action) => checkTransition(article, action, staff) === null);
  return (
    <>
      <PageHeader
        title={t("editor.editTitle")}
        description={article.title}
        actions={
          <>
            <Link href={`/vorschau/${article.id}`} target="_blank" className="text-sm text-brand-700 underline">
              {tSite("preview.open")}
            </Link>
            <Link href={`/admin/articles/${article.id}/revisions`} className="text-sm text-brand-700 underline">
              {t("editor.revisionsLink")}
            </Link>
            <Link href="/admin/articles" className="text-sm text-brand-700 underline">
              {t("editor.backToList")}
            </Link>
          </>
        }
      />
      <ArticleVersionProvider key={article.id} initial={article.version}>
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem]">
          <ArticleEditor key={article.id} article={editable} sections={sections} defaultByline={staff.name} />
          <aside aria-labelledby="workflow-title" className="h-fit space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 id="workflow-title" className="text-lg font-semibold text-slate-900">
              {t("workflow.title")}
            </h2>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm" data-testid="workflow-facts">
              <dt className="text-slate-600">{t("workflow.status")}</dt>
              <dd className="font-medium" data-testid="article-status">{tStatus(article.status)}</dd>
              <dt className="text-slate-600">{t("workflow.author")}</dt>
              <dd>{article.author?.name ?? t("workflow.nobody")}</dd>
              <dt className="text-slate-600">{t("workflow.reviewer")}</dt>
              <dd>{reviewer?.name ?? t("workflow.nobody")}</dd>
              <dt className="text-slate-600">{t("workflow.publishAt")}</dt>
              <dd>{when(publishAt)}</dd>
              {unpublishAt ? (
                <>
                  <dt className="text-slate-600">{t("workflow.unpublishAt")}</dt>
                  <dd>{when(unpublishAt)}</dd>
                </>
              ) : null}
            </dl>
            <WorkflowPanel
              id={article.id}
              actions={actions}
              reviewers={reviewers.filter((r) => r.id !== staff.id)}
              reviewerId={reviewer?.id ?? null}
            />
          </aside>
        </div>
      </ArticleVersionProvider>
    </>
  );
}
