import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COUNT_CAP, countArticlesByStatus, listArticleFilterOptions, listArticles } from "@/features/articles/list";
import { encodeArticleCursor, parseArticleListParams } from "@/features/articles/list-params";
import type { ArticleStatus } from "@/features/articles/workflow";
import { signInAs, signOut } from "@/test/session";

let sectionId: number;
let seq = 0;

/** Articles straight into the database: the list does not care how they got there. */
async function article(over: { title?: string; status?: ArticleStatus; authorId?: number | null; reviewerId?: number | null; publishAt?: Date | null; updatedAt?: Date; deletedAt?: Date | null } = {}) {
  seq += 1;
  const slug = `list-${sectionId}-${seq}-${Math.random().toString(36).slice(2, 8)}`;
  return db.article.create({
    data: { slug, sectionId, byline: "Redaktion", title: over.title ?? `Artikel ${seq}`, teaser: "", bodyHtml: "<p>geheim</p>", status: "DRAFT", ...over },
    select: { id: true },
  });
}

/** Every page of a view, following the next cursors. */
async function allPages(params: Record<string, string>) {
  const pages: number[][] = [];
  let cursor: string | undefined;
  do {
    const { articles, next } = await listArticles(parseArticleListParams({ ...params, section: String(sectionId), ...(cursor ? { cursor } : {}) }));
    pages.push(articles.map((a) => a.id));
    cursor = next ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}

beforeEach(async () => {
  signOut();
  sectionId = (await db.section.create({ data: { name: "Liste", slug: `liste-${Math.random().toString(36).slice(2)}` } })).id;
});

describe("listArticles", () => {
  it("filters by status, author, reviewer and title text; the trash is its own view", async () => {
    const me = await signInAs(["EDITOR"], { name: "Erika" });
    const other = await signInAs(["EDITOR"], { name: "Otto" });
    await signInAs(["EDITOR"], { email: me.email });
    const draft = await article({ title: "Neuer Radweg in Vaihingen", authorId: me.id });
    const review = await article({ title: "Stadtbahn fährt öfter", status: "IN_REVIEW", authorId: other.id, reviewerId: me.id });
    const reviewOther = await article({ title: "Schulsanierung", status: "IN_REVIEW", authorId: me.id, reviewerId: other.id });
    const trashed = await article({ title: "Radweg im Papierkorb", deletedAt: new Date() });
    const view = async (p: Record<string, string>) => (await listArticles(parseArticleListParams({ ...p, section: String(sectionId) }))).articles.map((a) => a.id).sort((a, b) => a - b);

    expect(await view({})).toEqual([draft.id, review.id, reviewOther.id]);
    expect(await view({ status: "IN_REVIEW" })).toEqual([review.id, reviewOther.id]);
    expect(await view({ status: "TRASH" })).toEqual([trashed.id]);
    expect(await view({ author: String(me.id) })).toEqual([draft.id, reviewOther.id]);
    expect(await view({ reviewer: String(other.id) })).toEqual([reviewOther.id]);
    expect(await view({ inbox: "1" })).toEqual([review.id]);
    // Case does not matter; trashed articles stay out of the normal views.
    expect(await view({ q: "RADWEG" })).toEqual([draft.id]);
    expect(await view({ q: "radweg", status: "TRASH" })).toEqual([trashed.id]);

    const { articles } = await listArticles(parseArticleListParams({ status: "IN_REVIEW", author: String(other.id), section: String(sectionId) }));
    expect(articles[0]).toMatchObject({ id: review.id, reviewer: { id: me.id, name: "Erika" }, author: { name: "Otto" }, section: { name: "Liste" } });
    expect(articles[0]).not.toHaveProperty("bodyHtml");
  });

  it("sorts by last change (default), publish time and title, both ways", async () => {
    await signInAs(["EDITOR"]);
    const t0 = Date.UTC(2026, 0, 1);
    const b = await article({ title: "Bäckerei", updatedAt: new Date(t0 + 2000), publishAt: new Date(t0 + 10) });
    const a = await article({ title: "Apotheke", updatedAt: new Date(t0 + 1000), publishAt: null });
    const c = await article({ title: "Crêperie", updatedAt: new Date(t0 + 3000), publishAt: new Date(t0 + 5) });
    const ids = async (p: Record<string, string>) => (await listArticles(parseArticleListParams({ ...p, section: String(sectionId) }))).articles.map((x) => x.id);
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ dir: "asc" })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ sort: "title" })).toEqual([a.id, b.id, c.id]);
    expect(await ids({ sort: "title", dir: "desc" })).toEqual([c.id, b.id, a.id]);
    // Without a publish time an article counts as earliest: last when newest first.
    expect(await ids({ sort: "publish" })).toEqual([b.id, c.id, a.id]);
    expect(await ids({ sort: "publish", dir: "asc" })).toEqual([a.id, c.id, b.id]);
  });

  it("pages with the cursor through every sort order without duplicates or gaps, also across equal sort values", async () => {
    await signInAs(["EDITOR"]);
    const t0 = Date.UTC(2026, 1, 1);
    const created: number[] = [];
    for (let i = 0; i < 123; i++) {
      // Only a handful of distinct values: the id has to break the ties.
      const row = await article({ title: `Titel ${i % 7}`, updatedAt: new Date(t0 + (i % 5) * 1000), publishAt: i % 4 === 0 ? null : new Date(t0 + (i % 3) * 60_000) });
      created.push(row.id);
    }
    for (const sort of ["updated", "publish", "title"]) {
      for (const dir of ["asc", "desc"]) {
        const pages = await allPages({ sort, dir });
        expect(pages.map((p) => p.length)).toEqual([50, 50, 23]);
        const seen = pages.flat();
        expect(new Set(seen).size).toBe(123);
        expect([...seen].sort((x, y) => x - y)).toEqual(created);
      }
    }
  });

  it("answers a tampered cursor with the first page, never an error", async () => {
    await signInAs(["EDITOR"]);
    for (let i = 0; i < 3; i++) await article();
    const first = (await listArticles(parseArticleListParams({ section: String(sectionId) }))).articles.map((a) => a.id);
    for (const cursor of ["AAAA", "eyJzIjoidXBkYXRlZCJ9", Buffer.from('{"s":"updated","v":"2026-13-45T00:00:00Z","i":1}').toString("base64url"), "%%%"]) {
      expect((await listArticles(parseArticleListParams({ section: String(sectionId), cursor }))).articles.map((a) => a.id)).toEqual(first);
    }
    // A well-formed cursor for an id that does not exist is just a position: no error either.
    const foreign = encodeArticleCursor({ sort: "updated", value: new Date(0).toISOString(), id: 2_000_000_000 });
    expect((await listArticles(parseArticleListParams({ section: String(sectionId), cursor: foreign }))).articles).toEqual([]);
  });

  it("refuses staff without articles.manage", async () => {
    await signInAs(["MODERATOR"]);
    await expect(listArticles(parseArticleListParams({}))).rejects.toThrow(/forbidden/);
    await expect(countArticlesByStatus()).rejects.toThrow(/forbidden/);
    await expect(listArticleFilterOptions()).rejects.toThrow(/forbidden/);
    signOut();
    await expect(listArticles(parseArticleListParams({}))).rejects.toThrow(/unauthenticated/);
  });
});

describe("countArticlesByStatus", () => {
  it("counts per status without the trash, my review inbox, and stops at the cap", async () => {
    const me = await signInAs(["EDITOR"]);
    const before = await countArticlesByStatus();
    await article({ status: "IN_REVIEW", reviewerId: me.id });
    await article({ status: "IN_REVIEW", reviewerId: null });
    await article({ status: "ARCHIVED" });
    await article({ status: "ARCHIVED", deletedAt: new Date() });
    await article({ status: "IN_REVIEW", reviewerId: me.id, deletedAt: new Date() });
    const after = await countArticlesByStatus();
    expect(after.IN_REVIEW.value - before.IN_REVIEW.value).toBe(2);
    expect(after.ARCHIVED.value - before.ARCHIVED.value).toBe(1);
    expect(after.inbox).toEqual({ value: 1, more: false });
    expect(after.PUBLISHED.value).toBe(before.PUBLISHED.value);

    await db.article.createMany({
      data: Array.from({ length: COUNT_CAP + 1 }, (_, i) => ({ slug: `cap-${sectionId}-${i}`, sectionId, byline: "", title: `Viel ${i}`, teaser: "", bodyHtml: "", status: "SCHEDULED" as const })),
    });
    expect((await countArticlesByStatus()).SCHEDULED).toEqual({ value: COUNT_CAP, more: true });
    await db.article.deleteMany({ where: { sectionId, slug: { startsWith: "cap-" } } });
  });
});
