import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { SITEMAP_ID_RANGE, countSitemapFiles, listFeedArticles, listSitemapArticles, listSitemapSections } from "@/features/feeds/queries";

// The test database is shared by every test file: far-future dates keep these articles the newest.
const NOW = new Date("2090-01-01T12:00:00Z");
const PAST = new Date("2089-12-31T12:00:00Z");
const tag = `feeds-${Date.now()}`;
let n = 0;

async function section(deletedAt: Date | null = null) {
  n += 1;
  return db.section.create({ data: { name: `Ressort ${n}`, slug: `${tag}-section-${n}`, deletedAt } });
}

async function article(sectionId: number, data: Partial<Prisma.ArticleUncheckedCreateInput> = {}) {
  n += 1;
  return db.article.create({
    data: { slug: `${tag}-${n}`, sectionId, byline: "Redaktion", title: `Artikel ${n}`, teaser: "Teaser", bodyHtml: "<p>geheim</p>", status: "PUBLISHED", publishAt: PAST, ...data },
  });
}

describe("feed and sitemap queries show live articles only", () => {
  let s: Awaited<ReturnType<typeof section>>;
  let live: Awaited<ReturnType<typeof article>>;
  let hidden: Awaited<ReturnType<typeof article>>[];
  beforeAll(async () => {
    s = await section();
    live = await article(s.id, { title: `<script>&"'` });
    hidden = await Promise.all([
      article(s.id, { status: "SCHEDULED", publishAt: new Date("2090-01-02T00:00:00Z") }),
      article(s.id, { unpublishAt: new Date("2090-01-01T00:00:00Z") }),
      article(s.id, { deletedAt: PAST }),
      article(s.id, { status: "DRAFT" }),
    ]);
  });

  it("lists the live article in the feed and none of the scheduled, unpublished, trashed or draft ones", async () => {
    const feed = await listFeedArticles(NOW);
    expect(mine(feed)).toEqual([live.slug]);
    expect(feed.find((a) => a.slug === live.slug)).toEqual({
      id: live.id,
      slug: live.slug,
      title: `<script>&"'`,
      teaser: "Teaser",
      publishAt: PAST,
      section: { name: s.name },
    });
    for (const a of hidden) expect(feed.some((f) => f.id === a.id)).toBe(false);
  });

  it("lists the same article in its sitemap file", async () => {
    const file = 1 + Math.floor((live.id - 1) / SITEMAP_ID_RANGE);
    const entries = await listSitemapArticles(file, NOW);
    expect(mine(entries)).toEqual([live.slug]);
    expect(entries.find((a) => a.slug === live.slug)?.updatedAt).toEqual(live.updatedAt);
  });
});

describe("listFeedArticles", () => {
  it("orders by publish time, newest first, then by id, and stops at `take`", async () => {
    const s = await section();
    const at = new Date("2089-12-31T18:00:00Z");
    const older = await article(s.id, { publishAt: new Date("2089-12-31T17:00:00Z") });
    const first = await article(s.id, { publishAt: at });
    const second = await article(s.id, { publishAt: at });
    const feed = await listFeedArticles(NOW, 3);
    expect(feed.map((a) => a.id)).toEqual([second.id, first.id, older.id]);
  });

  it("never reads the article body", async () => {
    const [a] = await listFeedArticles(NOW, 1);
    expect(Object.keys(a).sort()).toEqual(["id", "publishAt", "section", "slug", "teaser", "title"]);
  });
});

describe("sitemap files", () => {
  const ids = [SITEMAP_ID_RANGE, SITEMAP_ID_RANGE + 1];
  afterAll(async () => {
    await db.article.deleteMany({ where: { id: { in: ids } } });
  });

  it("cut the articles by id range, at most SITEMAP_ID_RANGE per file", async () => {
    const s = await section();
    const [last, next] = await Promise.all(ids.map((id) => article(s.id, { id })));
    expect(await countSitemapFiles()).toBe(3);
    expect(mine(await listSitemapArticles(1, NOW))).toContain(last.slug);
    expect(mine(await listSitemapArticles(1, NOW))).not.toContain(next.slug);
    expect(mine(await listSitemapArticles(2, NOW))).toEqual([next.slug]);
  });

  it("list the sections that are not deleted", async () => {
    const [kept, gone] = await Promise.all([section(), section(PAST)]);
    const slugs = (await listSitemapSections()).map((x) => x.slug);
    expect(slugs).toContain(kept.slug);
    expect(slugs).not.toContain(gone.slug);
  });
});

function mine(rows: { slug: string }[]) {
  return rows.map((a) => a.slug).filter((slug) => slug.startsWith(tag));
}
