/** Reads for the machine-readable reader outputs (RSS feed, sitemap, robots.txt): live content only. */
import "server-only";
import { liveArticleWhere } from "@/features/articles/live";
import { db } from "@/lib/db";

/** How many articles the RSS feed carries. */
export const FEED_SIZE = 50;

/** Article ids per sitemap file; the sitemap protocol allows at most 50,000 URLs per file. */
export const SITEMAP_ID_RANGE = 50_000;

/** The newest live articles, newest first, with just the columns an RSS item shows (never the body). */
export async function listFeedArticles(now: Date, take = FEED_SIZE) {
  return db.article.findMany({
    where: liveArticleWhere(now),
    orderBy: [{ publishAt: "desc" }, { id: "desc" }],
    take,
    select: { id: true, slug: true, title: true, teaser: true, publishAt: true, section: { select: { name: true } } },
  });
}

/** The sections readers can open (/ressort/<slug>), in their home page order. */
export async function listSitemapSections() {
  return db.section.findMany({
    where: { deletedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { slug: true },
  });
}

/**
 * Sitemap files are cut by article id, not by position in a list: file 0 holds the home and section
 * pages, file k ≥ 1 the live articles with id in ((k−1)·RANGE, k·RANGE]. Each file is then one range
 * scan on the primary key (no OFFSET), holds at most RANGE URLs, and an article stays in its file for good.
 */
export async function countSitemapFiles() {
  const last = await db.article.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return 1 + Math.ceil((last?.id ?? 0) / SITEMAP_ID_RANGE);
}

/** The live articles of sitemap file `file` (≥ 1), by id. */
export async function listSitemapArticles(file: number, now: Date) {
  const after = (file - 1) * SITEMAP_ID_RANGE;
  return db.article.findMany({
    where: { ...liveArticleWhere(now), id: { gt: after, lte: after + SITEMAP_ID_RANGE } },
    orderBy: { id: "asc" },
    select: { slug: true, updatedAt: true },
  });
}
