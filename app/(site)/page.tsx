import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleTeaser } from "@/features/site/article-teaser";
import { listHomeSections } from "@/features/articles/queries";
import { now } from "@/lib/clock";

export default async function HomePage() {
  setRequestLocale("de");
  const [t, sections] = await Promise.all([getTranslations("site.home"), now().then((at) => listHomeSections(at))]);
  return (
    <>
      <h1 className="sr-only">{t("title")}</h1>
      {sections.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : null}
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mb-10">
          <h2 id={`section-${section.id}`} className="mb-4 border-b border-slate-200 pb-1 text-sm font-semibold uppercase tracking-wide text-brand-700">
            <Link href={`/ressort/${section.slug}`} className="hover:underline">
              {section.name}
            </Link>
          </h2>
          <div className="space-y-8">
            {section.articles.map((a) => (
              <ArticleTeaser key={a.id} article={a} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
