import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COMMENTS_PAGE_SIZE, listApprovedComments } from "@/features/comments/queries";

describe("approved comments of an article", () => {
  it("pages through them oldest first, without the held ones, and never loads more than a page", async () => {
    const section = await db.section.create({ data: { name: "C", slug: `c-${Date.now()}` } });
    const article = await db.article.create({
      data: { slug: `c-${Date.now()}`, sectionId: section.id, byline: "x", title: "x", teaser: "x", bodyHtml: "", status: "PUBLISHED", publishAt: new Date() },
    });
    const start = Date.parse("2026-11-01T00:00:00Z");
    const total = COMMENTS_PAGE_SIZE * 2 + 5;
    await db.comment.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        articleId: article.id,
        authorName: `Leser ${i}`,
        authorEmail: `l${i}@test.local`,
        ipHash: "h",
        body: `Kommentar ${i}`,
        status: i % 10 === 3 ? ("PENDING" as const) : ("APPROVED" as const),
        // Several comments share a timestamp: the keyset must still neither skip nor repeat.
        createdAt: new Date(start + Math.floor(i / 3) * 60_000),
      })),
    });
    const seen: string[] = [];
    let after: number | undefined;
    let pages = 0;
    do {
      const page = await listApprovedComments(article.id, after);
      expect(page.comments.length).toBeLessThanOrEqual(COMMENTS_PAGE_SIZE);
      seen.push(...page.comments.map((c) => c.body));
      after = page.nextAfterId ?? undefined;
      pages += 1;
    } while (after);
    const expected = Array.from({ length: total }, (_, i) => i).filter((i) => i % 10 !== 3).map((i) => `Kommentar ${i}`);
    expect(seen).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / COMMENTS_PAGE_SIZE));
  });
});
