/**
 * The reader article page, shared by /artikel/[slug] (first page of comments) and
 * /artikel/[slug]/kommentare/[nach] (later pages): comment pages are path segments, not query
 * strings, so every page stays cacheable.
 */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { ArticleView } from "@/features/articles/components/article-view";
import { getLiveArticle } from "@/features/articles/queries";
import { CommentForm } from "@/features/comments/components/comment-form";
import { CommentLinks } from "@/features/comments/components/comment-links";
import { listApprovedComments } from "@/features/comments/queries";
import { absoluteUrl } from "@/features/site/url";
import { now } from "@/lib/clock";

const slugSchema = z.string().max(200).regex(/^[a-z0-9-]+$/);

/** Metadata and page share one lookup per render. */
export const loadArticle = cache(async (slug: string) => {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) notFound();
  const { article, redirectTo } = await getLiveArticle(parsed.data, await now());
  if (!article) {
    if (redirectTo) permanentRedirect(`/artikel/${redirectTo}`);
    notFound();
  }
  return article;
});

export async function articleMetadata(slug: string): Promise<Metadata> {
  setRequestLocale("de");
  const article = await loadArticle(slug);
  const description = article.metaDescription || article.teaser;
  const url = `/artikel/${article.slug}`;
  return {
    title: article.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: "article",
      url,
      title: article.title,
      description,
      publishedTime: article.publishAt?.toISOString(),
      section: article.section.name,
      images: article.heroImage ? [{ url: absoluteUrl(`/media/${article.heroImage}`), alt: article.heroAlt ?? "" }] : undefined,
    },
    twitter: { card: article.heroImage ? "summary_large_image" : "summary" },
  };
}

export async function ArticleReaderPage({ slug, after }: { slug: string; after?: number }) {
  setRequestLocale("de");
  const article = await loadArticle(slug);
  const [t, format, page] = await Promise.all([getTranslations("site.article"), getFormatter(), listApprovedComments(article.id, after)]);
  if (after && page.comments.length === 0) notFound();
  return (
    <article>
      <ArticleView article={article} />
      <section aria-labelledby="comments-heading" className="mt-12 border-t border-slate-200 pt-6">
        <h2 id="comments-heading" className="text-xl font-semibold">
          {t("comments", { count: article.approvedComments })}
        </h2>
        {page.comments.length === 0 ? <p className="mt-3 text-slate-600">{t("noComments")}</p> : null}
        <ol className="mt-4 space-y-4">
          {page.comments.map((c) => (
            <li key={c.id} id={`kommentar-${c.id}`} className={`rounded-lg bg-slate-50 p-4 ${c.parentId ? "ml-8" : ""}`}>
              <p className="text-sm font-semibold">{c.authorName}</p>
              <p className="text-xs text-slate-500">{format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
              {/* Reader text: escaped by React, links stay plain text. */}
              <p className="mt-2 whitespace-pre-line break-words">{c.body}</p>
              <CommentLinks slug={article.slug} comment={c} canReply={article.commentMode !== "CLOSED"} />
            </li>
          ))}
        </ol>
        <nav aria-label={t("commentPages")} className="mt-4 flex gap-4">
          {after ? (
            <Link href={`/artikel/${article.slug}#comments-heading`} className="text-brand-700 underline">
              {t("firstComments")}
            </Link>
          ) : null}
          {page.nextAfterId ? (
            <Link href={`/artikel/${article.slug}/kommentare/${page.nextAfterId}#comments-heading`} className="text-brand-700 underline">
              {t("moreComments")}
            </Link>
          ) : null}
        </nav>
        {article.commentMode === "CLOSED" ? (
          <p className="mt-6 text-sm text-slate-600">{t("commentsClosed")}</p>
        ) : (
          <CommentForm article={article} />
        )}
      </section>
    </article>
  );
}
