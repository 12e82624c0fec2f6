/** robots.txt: everything readers see may be crawled; staff, login, invitation and API paths not. */
import type { MetadataRoute } from "next";
import { countSitemapFiles } from "@/features/feeds/queries";
import { absoluteUrl } from "@/features/site/url";

// Lists every sitemap file, and their number grows with the articles: regenerated like the sitemap.
export const revalidate = 5;

export default async function robots(): Promise<MetadataRoute.Robots> {
  const files = await countSitemapFiles();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/einladung", "/api"] },
    sitemap: Array.from({ length: files }, (_, id) => absoluteUrl(`/sitemap/${id}.xml`)),
  };
}
