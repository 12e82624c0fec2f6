import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { liveArticleSql } from "@/features/articles/live";
import { SECTION_PAGE_SIZE, getLiveArticle, getSectionPage, listHomeSections } from "@/features/articles/queries";

let n = 0;
async function article(data: Partial<Parameters<typeof db.article.create>[0]["data"]> & { sectionId: number }) {
  n += 1;
  return db.article.create({
    data: { slug: `live-${n}-${Date.now()}`, byline: "Redaktion", title: `Artikel ${n}`, teaser: "Teaser", bodyHtml: "<p>x</p>", ...data },
  });
}

describe("live articles (derived from the clock)", () => {
  it("shows a scheduled article from its publish time on and hides it after unpublishAt", async () => {
    const section = await db.section.create({ data: { name: "Live", slug: `live-${Date.now()}` } });
    const publishAt = new Date("2026-12-01T08:00:00Z");
    const a = await article({ sectionId: section.id, status: "SCHEDULED", publishAt, unpublishAt: new Date("2026-12-02T08:00:00Z") });

    expect((await getLiveArticle(a.slug, new Date("2026-12-01T07:59:59Z"))).article).toBeNull();
    expect((await getLiveArticle(a.slug, publishAt)).article?.title).toBe(a.title);
    expect((await getLiveArticle(a.slug, new Date("2026-12-02T08:00:00Z"))).article).toBeNull();
  });

  it("never shows drafts, articles in review, archived or deleted ones", async () => {
    const section = await db.section.create({ data: { name: "Hidden", slug: `hidden-${Date.now()}` } });
    const past = new Date("2026-01-01T00:00:00Z");
    const now = new Date("2026-11-27T12:00:00Z");
    const hidden = await Promise.all([
      article({ sectionId: section.id, status: "DRAFT", publishAt: past }),
      article({ sectionId: section.id, status: "IN_REVIEW", publishAt: past }),
      article({ sectionId: section.id, status: "ARCHIVED", publishAt: past }),
      article({ sectionId: section.id, status: "PUBLISHED", publishAt: past, deletedAt: now }),
    ]);
    for (const a of hidden) expect((await getLiveArticle(a.slug, now)).article).toBeNull();
    const sections = await listHomeSections(now);
    expect(sections.find((s) => s.id === section.id)).toBeUndefined();
  });

  it("points an old slug to the article's current one", async () => {
    const section = await db.section.create({ data: { name: "Moved", slug: `moved-${Date.now()}` } });
    const a = await article({ sectionId: section.id, status: "PUBLISHED", publishAt: new Date("2026-01-01T00:00:00Z") });
    await db.articleSlugRedirect.create({ data: { slug: `old-${a.slug}`, articleId: a.id } });
    expect(await getLiveArticle(`old-${a.slug}`, new Date("2026-11-27T00:00:00Z"))).toEqual({ article: null, redirectTo: a.slug });
  });

  it("lists the newest live articles per section, in section order", async () => {
    const [first, second] = await Promise.all([
      db.section.create({ data: { name: "Erstes", slug: `first-${Date.now()}`, position: -20 } }),
      db.section.create({ data: { name: "Zweites", slug: `second-${Date.now()}`, position: -10 } }),
    ]);
    const now = new Date("2026-11-27T12:00:00Z");
    await article({ sectionId: second.id, status: "PUBLISHED", publishAt: new Date("2026-11-20T00:00:00Z"), title: "Älter" });
    await article({ sectionId: second.id, status: "PUBLISHED", publishAt: new Date("2026-11-26T00:00:00Z"), title: "Neuer" });
    await article({ sectionId: first.id, status: "PUBLISHED", publishAt: new Date("2026-11-25T00:00:00Z"), title: "Erster" });
    const sections = (await listHomeSections(now)).filter((s) => s.id === first.id || s.id === second.id);
    expect(sections.map((s) => s.name)).toEqual(["Erstes", "Zweites"]);
    expect(sections[1].articles.map((a) => a.title)).toEqual(["Neuer", "Älter"]);
  });
});

describe("section pages", () => {
  it("pages through a section's live articles, newest first, and knows its page count", async () => {
    const section = await db.section.create({ data: { name: "Seiten", slug: `seiten-${Date.now()}` } });
    const now = new Date("2026-11-27T12:00:00Z");
    for (let i = 0; i < SECTION_PAGE_SIZE + 3; i++) {
      await article({ sectionId: section.id, status: "PUBLISHED", publishAt: new Date(now.getTime() - (i + 1) * 60_000), title: `Seite ${i}` });
    }
    await article({ sectionId: section.id, status: "SCHEDULED", publishAt: new Date(now.getTime() + 60_000), title: "Noch nicht" });

    const first = await getSectionPage(section.slug, 1, now);
    expect(first?.pages).toBe(2);
    expect(first?.articles.map((a) => a.title).slice(0, 2)).toEqual(["Seite 0", "Seite 1"]);
    const second = await getSectionPage(section.slug, 2, now);
    expect(second?.articles.map((a) => a.title)).toEqual(["Seite 20", "Seite 21", "Seite 22"]);
    expect(await getSectionPage("gibt-es-nicht", 1, now)).toBeNull();
  });
});

describe("reading a section's newest articles", () => {
  it.skipIf(env.isPostgres)("walks an index in publishing order instead of sorting the whole section (SQLite has no statistics to choose by)", async () => {
    const plan = await db.$queryRaw<{ detail: string }[]>`
      EXPLAIN QUERY PLAN SELECT "id" FROM "Article" WHERE ${liveArticleSql(new Date())} AND "sectionId" = 1
      ORDER BY "publishAt" DESC, "id" DESC LIMIT 5`;
    const details = plan.map((p) => p.detail).join(" | ");
    expect(details).toContain("Article_sectionId_publishAt_id_idx");
    expect(details).not.toContain("TEMP B-TREE");
  });
});
