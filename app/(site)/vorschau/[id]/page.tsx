import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleView } from "@/features/articles/components/article-view";
import { getArticlePreview, parseArticleIdParam } from "@/features/articles/editor-queries";
import { requirePage } from "@/lib/auth/session";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * Staff preview of any saved article, in the reader site's frame and with the reader's component
 * (features/articles/components/article-view.tsx). It reads the session, so it is rendered per request
 * and never cached.
 */
export default async function PreviewPage({ params }: Props) {
  setRequestLocale("de");
  const { id: raw } = await params;
  await requirePage("articles.manage", `/vorschau/${encodeURIComponent(raw)}`);
  const id = parseArticleIdParam(raw);
  if (id === null) notFound();
  const [article, t] = await Promise.all([getArticlePreview(id), getTranslations("site.preview")]);
  if (!article) notFound();
  return (
    <>
      <div role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
        {t("banner")}{" "}
        <Link href={`/admin/articles/${article.id}`} className="font-medium underline">
          {t("backToEditor")}
        </Link>
      </div>
      <article>
        <ArticleView article={article} />
      </article>
    </>
  );
}
