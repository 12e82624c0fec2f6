/** Article reads: the reader site's live articles and the dashboard's list. */
import "server-only";
import { liveArticleWhere } from "@/features/articles/live";
import { authorize } from "@/lib/auth/session";
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

/** The dashboard's article list (the articles issue adds filters and cursor pagination). */
export async function listRecentArticles(take = 20) {
  await authorize("articles.manage");
  const [articles, counts] = await Promise.all([
    db.article.findMany({
      where: { deletedAt: null },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take,
      select: { id: true, title: true, status: true, publishAt: true, updatedAt: true, section: { select: { name: true } } },
    }),
    db.article.groupBy({ by: ["status"], where: { deletedAt: null }, _count: { _all: true } }),
  ]);
  return { articles, counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number> };
}
