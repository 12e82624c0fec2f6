/**
 * An article as readers see it. The reader page and the staff preview render this same component,
 * so a preview is exactly what will be published.
 */
import { getFormatter } from "next-intl/server";

export type ArticleViewData = {
  title: string;
  teaser: string;
  byline: string;
  bodyHtml: string;
  heroImage: string | null;
  heroAlt: string | null;
  publishAt: Date | null;
  section: { name: string };
};

export async function ArticleView({ article }: { article: ArticleViewData }) {
  const format = await getFormatter();
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{article.section.name}</p>
      <h1 className="mt-1 font-serif text-4xl font-bold leading-tight">{article.title}</h1>
      <p className="mt-2 text-sm text-slate-500">
        {article.byline}
        {article.publishAt ? ` · ${format.dateTime(article.publishAt, { dateStyle: "long", timeStyle: "short" })}` : ""}
      </p>
      {article.heroImage ? (
        // Content-addressed uploads served by app/media/[file]: plain <img>, no image optimizer round trip.
        // eslint-disable-next-line @next/next/no-img-element
        <img src={`/media/${article.heroImage}`} alt={article.heroAlt ?? ""} className="mt-6 w-full rounded-lg" />
      ) : null}
      <p className="mt-4 text-lg font-medium text-slate-800">{article.teaser}</p>
      {/* bodyHtml is sanitized when it is saved (never raw editor input). */}
      <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
    </>
  );
}
