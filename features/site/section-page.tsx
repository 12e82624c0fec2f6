/** A reader section page ("Ressort") with numbered pages: /ressort/<slug> and /ressort/<slug>/seite/<n>. */
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSectionPage } from "@/features/articles/queries";
import { ArticleTeaser } from "@/features/site/article-teaser";
import { now } from "@/lib/clock";

const load = cache(async (slug: string, page: number) => {
  if (!/^[a-z0-9-]{1,200}$/.test(slug) || !Number.isSafeInteger(page) || page < 1 || page > 100_000) notFound();
  const result = await getSectionPage(slug, page, await now());
  if (!result || (page > 1 && result.articles.length === 0)) notFound();
  return result;
});

export function parsePage(value: string) {
  return /^\d{1,6}$/.test(value) ? Number(value) : NaN;
}

export async function sectionMetadata(slug: string, page: number): Promise<Metadata> {
  setRequestLocale("de");
  const { section } = await load(slug, page);
  const t = await getTranslations("site.section");
  return {
    title: page > 1 ? t("titlePage", { name: section.name, page }) : section.name,
    alternates: { canonical: page > 1 ? `/ressort/${section.slug}/seite/${page}` : `/ressort/${section.slug}` },
  };
}

export async function SectionPage({ slug, page }: { slug: string; page: number }) {
  setRequestLocale("de");
  const [{ section, articles, pages }, t] = await Promise.all([load(slug, page), getTranslations("site.section")]);
  const href = (n: number) => (n === 1 ? `/ressort/${section.slug}` : `/ressort/${section.slug}/seite/${n}`);
  return (
    <>
      <h1 className="mb-6 border-b border-slate-200 pb-2 font-serif text-3xl font-bold">{section.name}</h1>
      {articles.length === 0 ? <p className="text-slate-600">{t("empty")}</p> : null}
      <div className="space-y-8">
        {articles.map((a) => (
          <ArticleTeaser key={a.id} article={a} />
        ))}
      </div>
      {pages > 1 ? (
        <nav aria-label={t("pages")} className="mt-10 flex items-center gap-4 text-sm">
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev" className="text-brand-700 underline">
              {t("newer")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page, pages })}</span>
          {page < pages ? (
            <Link href={href(page + 1)} rel="next" className="text-brand-700 underline">
              {t("older")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
