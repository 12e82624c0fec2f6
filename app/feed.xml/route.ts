/** RSS 2.0 feed of the newest live articles (German reader site). */
import { listFeedArticles } from "@/features/feeds/queries";
import { renderRss } from "@/features/feeds/rss";
import { absoluteUrl } from "@/features/site/url";
import { now } from "@/lib/clock";
import site from "@/messages/de/site.json";

// Served from cache and regenerated after 5 s (next.config.mjs expireTime bounds how stale it can get).
// The base URL comes from the environment, not from the request: reading request.url here would make
// the handler dynamic and switch this cache off.
export const revalidate = 5;

export async function GET() {
  const articles = await listFeedArticles(await now());
  const xml = renderRss(
    {
      title: site.name,
      description: site.tagline,
      link: absoluteUrl("/"),
      selfUrl: absoluteUrl("/feed.xml"),
      language: "de-DE",
    },
    articles.map((a) => ({
      title: a.title,
      link: absoluteUrl(`/artikel/${encodeURIComponent(a.slug)}`),
      description: a.teaser,
      publishedAt: a.publishAt,
      category: a.section.name,
    })),
  );
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
