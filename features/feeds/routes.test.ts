import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/feed.xml/route";
import robots from "@/app/robots";
import sitemap, { generateSitemaps } from "@/app/sitemap";
import { assertWellFormedXml } from "@/features/feeds/test-helpers";
import { absoluteUrl } from "@/features/site/url";
import { db } from "@/lib/db";

// These run against the real clock (lib/clock.ts): the live article went out a minute ago.
const tag = `feed-route-${Date.now()}`;
const title = `<script>alert("x")</script> & 'Zitat'`;
let section: { id: number; slug: string };
let live: { id: number; slug: string };
let scheduled: { slug: string };

beforeAll(async () => {
  section = await db.section.create({ data: { name: "Kultur & Freizeit", slug: `${tag}-kultur` } });
  const base = { sectionId: section.id, byline: "Redaktion", teaser: "Ein <b>Teaser</b>", bodyHtml: "<p>Text</p>", status: "PUBLISHED" as const };
  live = await db.article.create({ data: { ...base, slug: `${tag}-live`, title, publishAt: new Date(Date.now() - 60_000) } });
  scheduled = await db.article.create({ data: { ...base, slug: `${tag}-later`, title: "Später", publishAt: new Date(Date.now() + 3_600_000) } });
});

describe("GET /feed.xml", () => {
  it("answers with a well-formed RSS document that carries the live article, escaped", async () => {
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    const xml = await res.text();
    assertWellFormedXml(xml);
    expect(xml).toContain("<title>Stuttgart Lokal</title>");
    expect(xml).toContain("<language>de-DE</language>");
    expect(xml).toContain(`<atom:link href="${absoluteUrl("/feed.xml")}" rel="self" type="application/rss+xml"/>`);
    expect(xml).toContain("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;Zitat&apos;</title>");
    expect(xml).toContain(`<link>${absoluteUrl(`/artikel/${live.slug}`)}</link>`);
    expect(xml).toContain("<description>Ein &lt;b&gt;Teaser&lt;/b&gt;</description>");
    expect(xml).toContain("<category>Kultur &amp; Freizeit</category>");
    expect(xml).not.toContain("<script>");
    expect(xml).not.toContain(scheduled.slug);
  });
});

describe("sitemap and robots.txt", () => {
  it("list the home page and sections in file 0 and the live article in its id range", async () => {
    const files = await generateSitemaps();
    expect(files[0]).toEqual({ id: 0 });
    const pages = (await sitemap({ id: Promise.resolve("0") })).map((e) => e.url);
    expect(pages).toContain(absoluteUrl("/"));
    expect(pages).toContain(absoluteUrl(`/ressort/${section.slug}`));
    const articles = (await Promise.all(files.slice(1).map((f) => sitemap({ id: Promise.resolve(String(f.id)) })))).flat();
    expect(articles.find((e) => e.url === absoluteUrl(`/artikel/${live.slug}`))?.lastModified).toBeInstanceOf(Date);
    expect(articles.some((e) => e.url.includes(scheduled.slug))).toBe(false);
  });

  it("keeps crawlers out of staff pages and names every sitemap file", async () => {
    const files = await generateSitemaps();
    const r = await robots();
    expect(r.rules).toEqual({ userAgent: "*", allow: "/", disallow: ["/admin", "/login", "/einladung", "/api"] });
    expect(r.sitemap).toEqual(files.map((f) => absoluteUrl(`/sitemap/${f.id}.xml`)));
  });
});
