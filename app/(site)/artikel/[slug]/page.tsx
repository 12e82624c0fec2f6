import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { cache } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getLiveArticle } from "@/features/articles/queries";
import { listApprovedComments } from "@/features/comments/queries";
import { now } from "@/lib/clock";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ nach?: string | string[] }> };

const slugSchema = z.string().max(200).regex(/^[a-z0-9-]+$/);

// Metadata and page share one lookup per request.
const load = cache(async (slug: string) => {
  const parsed = slugSchema.safeParse(slug);
  if (!parsed.success) notFound();
  const { article, redirectTo } = await getLiveArticle(parsed.data, await now());
  if (!article) {
    if (redirectTo) permanentRedirect(`/artikel/${redirectTo}`);
    notFound();
  }
  return article;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await load((await params).slug);
  return { title: article.title, description: article.metaDescription ?? article.teaser };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const article = await load((await params).slug);
  const after = Number((await searchParams).nach);
  const [t, format, page] = await Promise.all([
    getTranslations("site.article"),
    getFormatter(),
    listApprovedComments(article.id, Number.isSafeInteger(after) && after > 0 ? after : undefined),
  ]);
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{article.section.name}</p>
      <h1 className="mt-1 font-serif text-4xl font-bold leading-tight">{article.title}</h1>
      <p className="mt-2 text-sm text-slate-500">
        {article.byline}
        {article.publishAt ? ` · ${format.dateTime(article.publishAt, { dateStyle: "long", timeStyle: "short" })}` : ""}
      </p>
      <p className="mt-4 text-lg font-medium text-slate-800">{article.teaser}</p>
      {/* bodyHtml is sanitized when it is saved (never raw editor input). */}
      <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />

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
              <p className="mt-2 whitespace-pre-line break-words">{c.body}</p>
            </li>
          ))}
        </ol>
        {page.nextAfterId ? (
          <Link href={`/artikel/${article.slug}?nach=${page.nextAfterId}#comments-heading`} className="mt-4 inline-block text-brand-700 underline">
            {t("moreComments")}
          </Link>
        ) : null}
        {article.commentMode === "CLOSED" ? <p className="mt-6 text-sm text-slate-600">{t("commentsClosed")}</p> : null}
      </section>
    </article>
  );
}
