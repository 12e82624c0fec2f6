import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { listHomeSections } from "@/features/articles/queries";
import { now } from "@/lib/clock";

export default async function HomePage() {
  const [t, format, sections] = await Promise.all([getTranslations("site.home"), getFormatter(), now().then((at) => listHomeSections(at))]);
  return (
    <>
      <h1 className="sr-only">{t("title")}</h1>
      {sections.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : null}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mb-10">
          <h2 id={`section-${section.id}`} className="mb-4 border-b border-slate-200 pb-1 text-sm font-semibold uppercase tracking-wide text-brand-700">
            {section.name}
          </h2>
          <div className="space-y-8">
            {section.articles.map((a) => (
              <article key={a.id}>
                <h3 className="font-serif text-2xl font-bold leading-tight">
                  <Link href={`/artikel/${a.slug}`} className="hover:text-brand-700">
                    {a.title}
                  </Link>
                </h3>
                <p className="mt-1 text-xs text-slate-500">
                  {a.byline}
                  {a.publishAt ? ` · ${format.dateTime(a.publishAt, { dateStyle: "long" })}` : ""}
                </p>
                <p className="mt-2 text-slate-700">{a.teaser}</p>
                <Link href={`/artikel/${a.slug}`} className="mt-2 inline-block text-sm font-medium text-brand-700 underline" aria-label={t("readArticleNamed", { title: a.title })}>
                  {t("readArticle")}
                </Link>
              </article>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
