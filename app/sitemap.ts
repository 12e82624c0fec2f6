/**
 * The sitemap, split by generateSitemaps into /sitemap/0.xml (home and sections) and /sitemap/<k>.xml
 * (live articles by id range, see features/feeds/queries.ts), so it stays under 50,000 URLs per file.
 */
import type { MetadataRoute } from "next";
import { countSitemapFiles, listSitemapArticles, listSitemapSections } from "@/features/feeds/queries";
import { absoluteUrl } from "@/features/site/url";
import { now } from "@/lib/clock";

export const revalidate = 5;

export async function generateSitemaps() {
  const files = await countSitemapFiles();
  return Array.from({ length: files }, (_, id) => ({ id }));
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const file = Number(await id);
  if (!Number.isInteger(file) || file < 0) return [];
  if (file === 0) {
    const sections = await listSitemapSections();
    return [{ url: absoluteUrl("/") }, ...sections.map((s) => ({ url: absoluteUrl(`/ressort/${encodeURIComponent(s.slug)}`) }))];
  }
  const articles = await listSitemapArticles(file, await now());
  return articles.map((a) => ({ url: absoluteUrl(`/artikel/${encodeURIComponent(a.slug)}`), lastModified: a.updatedAt }));
}
