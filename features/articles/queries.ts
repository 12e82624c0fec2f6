/** Article reads for the reader site: the live articles (the dashboard's list is in list.ts). */
import "server-only";
import { liveArticleWhere } from "@/features/articles/live";
import { db } from "@/lib/db";

const teaserSelect = {
  id: true,
  slug: true,
  title: true,
  teaser: true,
  byline: true,
  publishAt: true,
  approvedComments: true,
} as const;

/** The reader home page: the latest live articles of every section, in section order. */
export async function listHomeSections(now: Date, perSection = 5) {
  const sections = await db.section.findMany({
    where: { deletedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, slug: true },
  });
  const articles = await Promise.all(
    sections.map((s) =>
      db.article.findMany({
        where: { ...liveArticleWhere(now), sectionId: s.id },
        orderBy: [{ publishAt: "desc" }, { id: "desc" }],
        take: perSection,
        select: teaserSelect,
      }),
    ),
  );
  return sections.map((s, i) => ({ ...s, articles: articles[i] })).filter((s) => s.articles.length > 0);
}

/** A live article by slug, or where its slug used to point (for a redirect), or null. */
export async function getLiveArticle(slug: string, now: Date) {
  const article = await db.article.findFirst({
    where: { ...liveArticleWhere(now), slug },
    select: {
      ...teaserSelect,
      bodyHtml: true,
      heroImage: true,
      heroAlt: true,
      metaDescription: true,
      commentMode: true,
      section: { select: { name: true, slug: true } },
    },
  });
  if (article) return { article, redirectTo: null };
  const redirect = await db.articleSlugRedirect.findUnique({ where: { slug }, select: { article: { select: { slug: true } } } });
  return { article: null, redirectTo: redirect?.article.slug ?? null };
}

export const SECTION_PAGE_SIZE = 20;

/** A reader section page: the section (by its stable slug) and one page of its live articles, newest first. */
export async function getSectionPage(slug: string, page: number, now: Date) {
  const section = await db.section.findFirst({ where: { slug, deletedAt: null }, select: { id: true, name: true, slug: true } });
  if (!section) return null;
  const where = { ...liveArticleWhere(now), sectionId: section.id };
  const [articles, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ publishAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SECTION_PAGE_SIZE,
      take: SECTION_PAGE_SIZE,
      select: teaserSelect,
    }),
    db.article.count({ where }),
  ]);
  return { section, articles, page, pages: Math.max(1, Math.ceil(total / SECTION_PAGE_SIZE)) };
}
