/**
 * The desk's text and name search reads only the newest SEARCH_WINDOW comments of the view; here the
 * window is 3 (the real one holds 10,000), so that its edge can be tested with a handful of rows.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { parseDeskParams } from "@/features/comments/desk-params";
import { countMatching, listBulkTargets, listQueue } from "@/features/comments/desk-queries";
import { signInAs } from "@/test/session";

vi.mock("@/features/comments/desk-params", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/features/comments/desk-params")>()), SEARCH_WINDOW: 3 }));

let articleId: number;
const tag = () => Math.random().toString(36).slice(2, 10);

beforeEach(async () => {
  const s = tag();
  const sectionId = (await db.section.create({ data: { name: `Fenster ${s}`, slug: `fenster-${s}` } })).id;
  articleId = (await db.article.create({ data: { slug: `fenster-${tag()}`, sectionId, byline: "x", title: "Fenster", teaser: "", bodyHtml: "", status: "PUBLISHED" } })).id;
});

/** Pending comments on the article, oldest first, one second apart; an APPROVED one in between. */
async function comments(bodies: string[]) {
  const start = Date.parse("2026-11-01T00:00:00Z");
  for (const [i, body] of bodies.entries()) {
    await db.comment.create({ data: { articleId, authorName: `Leser ${i}`, authorEmail: `l${i}@fenster.local`, ipHash: "h", body, createdAt: new Date(start + i * 1000) } });
    await db.comment.create({ data: { articleId, authorName: "Anders", authorEmail: "a@fenster.local", ipHash: "h", body, status: "APPROVED", createdAt: new Date(start + i * 1000 + 500) } });
  }
}

describe("the desk's search window", () => {
  it("finds matches among the view's newest comments, and not beyond them, in the page, the count and 'select all'", async () => {
    await signInAs(["MODERATOR"]);
    await comments(["Kaputtes Fenster", "Kaputtes Fenster", "Heizung", "Kaputtes Fenster", "Heizung"]);
    const view = { article: String(articleId) };
    const bodies = async (filters: Record<string, string>) => (await listQueue(parseDeskParams("pending", { ...view, ...filters }))).cards.map((c) => c.authorName);
    // The newest three pending comments (the approved ones do not count): Leser 4, 3 and 2; of them only Leser 3 says "Fenster".
    expect(await bodies({ q: "fenster" })).toEqual(["Leser 3"]);
    expect(await bodies({ q: "fenster", order: "oldest" })).toEqual(["Leser 3"]);
    expect(await countMatching(parseDeskParams("pending", { ...view, q: "fenster" }))).toEqual({ value: 1, more: false });
    expect((await listBulkTargets(parseDeskParams("pending", { ...view, q: "fenster" }))).map((t) => t.expected)).toEqual(["PENDING"]);
    // The name search has the same window; without a search the whole queue is listed.
    expect(await bodies({ commenter: "l0@fenster" })).toEqual([]);
    expect(await bodies({ commenter: "l2@fenster" })).toEqual(["Leser 2"]);
    expect(await bodies({})).toEqual(["Leser 4", "Leser 3", "Leser 2", "Leser 1", "Leser 0"]);
  });
});
