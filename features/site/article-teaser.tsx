/** One article in a reader list (home page, section pages): headline, byline, teaser and "Artikel lesen". */
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";

type Teaser = { slug: string; title: string; byline: string; teaser: string; publishAt: Date | null };

export async function ArticleTeaser({ article }: { article: Teaser }) {
  const [t, format] = await Promise.all([getTranslations("site.home"), getFormatter()]);
  const href = `/artikel/${article.slug}`;
  return (
    <article>
      <h3 className="font-serif text-2xl font-bold leading-tight">
        <Link href={href} className="hover:text-brand-700">
          {article.title}
        </Link>
      </h3>
      <p className="mt-1 text-xs text-slate-500">
        {article.byline}
        {article.publishAt ? ` · ${format.dateTime(article.publishAt, { dateStyle: "long" })}` : ""}
      </p>
      <p className="mt-2 text-slate-700">{article.teaser}</p>
      <Link href={href} className="mt-2 inline-block text-sm font-medium text-brand-700 underline" aria-label={t("readArticleNamed", { title: article.title })}>
        {t("readArticle")}
      </Link>
    </article>
  );
}
