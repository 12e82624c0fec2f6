import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { decodeDeskCursor, parseDeskParams } from "@/features/comments/desk-params";
import { DESK_PAGE_SIZE, countMatching, countQueues, listBulkTargets, listQueue, queuePageSql } from "@/features/comments/desk-queries";
import { env } from "@/lib/env";
import { highlightWords } from "@/features/comments/highlight";
import { signInAs, signOut } from "@/test/session";

let sectionId: number;
let articleId: number;
let otherId: number;
const tag = () => Math.random().toString(36).slice(2, 10);

beforeEach(async () => {
  signOut();
  const s = tag();
  sectionId = (await db.section.create({ data: { name: `Desk ${s}`, slug: `desk-${s}` } })).id;
  const make = async (title: string) =>
    (await db.article.create({ data: { slug: `desk-${tag()}`, sectionId, byline: "x", title, teaser: "", bodyHtml: "", status: "PUBLISHED" } })).id;
  articleId = await make("Erster Artikel");
  otherId = await make("Zweiter Artikel");
});

describe("queue queries", () => {
  it("pages a queue newest first without gaps or repeats, scoped to one article", async () => {
    await signInAs(["MODERATOR"]);
    const start = Date.parse("2026-10-01T00:00:00Z");
    const total = DESK_PAGE_SIZE * 2 + 7;
    await db.comment.createMany({
      data: Array.from({ length: total }, (_, i) => ({
        articleId: i % 5 === 0 ? otherId : articleId,
        authorName: `Leser ${i}`,
        authorEmail: `l${i % 3}@desk.local`,
        ipHash: "h",
        body: `Kommentar ${i}`,
        status: i % 7 === 0 ? ("APPROVED" as const) : ("PENDING" as const),
        // Shared timestamps: the keyset must neither skip nor repeat.
        createdAt: new Date(start + Math.floor(i / 4) * 1000),
      })),
    });
    const expected = Array.from({ length: total }, (_, i) => i).filter((i) => i % 5 !== 0 && i % 7 !== 0);
    for (const order of ["newest", "oldest"] as const) {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await listQueue(parseDeskParams("pending", { article: String(articleId), order, cursor }));
        expect(page.cards.length).toBeLessThanOrEqual(DESK_PAGE_SIZE);
        seen.push(...page.cards.map((c) => c.body));
        cursor = page.next ?? undefined;
      } while (cursor);
      const bodies = expected.map((i) => `Kommentar ${i}`);
      expect(seen).toEqual(order === "oldest" ? bodies : [...bodies].reverse());
    }
    const counts = await countQueues(articleId);
    expect(counts.pending).toEqual({ value: expected.length, more: false });
    expect(counts.approved.value).toBe(Array.from({ length: total }, (_, i) => i).filter((i) => i % 5 !== 0 && i % 7 === 0).length);
  });

  it("filters by section, text and commenter, and loads history, parents and commenter counts", async () => {
    const me = await signInAs(["MODERATOR"], { name: "Mia" });
    const parent = await db.comment.create({ data: { articleId, authorName: "Erste", authorEmail: "erste@desk.local", ipHash: "h", body: "Der Anfang", status: "APPROVED" } });
    const held = await db.comment.create({
      data: {
        articleId,
        parentId: parent.id,
        authorName: "Zweite",
        authorEmail: "zweite@desk.local",
        ipHash: "h",
        body: "Das ist Mist <script>alert(1)</script>",
        heldReasons: [{ code: "SUSPECT_WORD", detail: "mist" }],
        reportCount: 1,
      },
    });
    await db.commentReport.create({ data: { commentId: held.id, reason: "OFFENSIVE", ipHash: "r" } });
    await db.comment.create({ data: { articleId, authorName: "Zweite", authorEmail: "zweite@desk.local", ipHash: "h", body: "Früher", status: "REJECTED" } });
    await db.moderationAction.create({ data: { commentId: held.id, actorId: null, action: "HOLD", toStatus: "PENDING" } });
    await db.moderationAction.create({ data: { commentId: held.id, actorId: me.id, action: "REPORT" } });

    const page = await listQueue(parseDeskParams("pending", { section: String(sectionId), q: "mist", commenter: "ZWEITE@desk" }));
    expect(page.cards).toHaveLength(1);
    const card = page.cards[0];
    expect(card).toMatchObject({
      id: held.id,
      article: { id: articleId, title: "Erster Artikel" },
      parent: { authorName: "Erste", body: "Der Anfang" },
      heldReasons: [{ code: "SUSPECT_WORD", detail: "mist" }],
      reports: [{ reason: "OFFENSIVE", count: 1 }],
      commenter: { approved: 0, rejected: 1 },
    });
    expect(card.history.map((h) => [h.action, h.by])).toEqual([["HOLD", null], ["REPORT", "Mia"]]);
    expect(highlightWords(card.body, ["mist"])).toEqual([
      { text: "Das ist ", mark: false },
      { text: "Mist", mark: true },
      { text: " <script>alert(1)</script>", mark: false },
    ]);
    expect((await listQueue(parseDeskParams("reported", { article: String(articleId) }))).cards.map((c) => c.id)).toEqual([held.id]);
    expect((await listQueue(parseDeskParams("pending", { section: "999999", q: "mist" }))).cards).toEqual([]);
    expect(await countMatching(parseDeskParams("pending", { article: String(articleId) }))).toEqual({ value: 1, more: false });
    expect(await listBulkTargets(parseDeskParams("pending", { article: String(articleId) }))).toEqual([{ id: held.id, expected: "PENDING" }]);
  });

  it("lists the reported queue in time order across pages, read through its own index", async () => {
    await signInAs(["MODERATOR"]);
    const start = Date.parse("2026-10-02T00:00:00Z");
    // 60 reported comments between 60 unreported ones of the same article, and one reported but deleted.
    await db.comment.createMany({
      data: Array.from({ length: 121 }, (_, i) => ({
        articleId: otherId,
        authorName: `R${i}`,
        authorEmail: `r${i}@desk.local`,
        ipHash: "h",
        body: "x",
        status: i === 120 ? ("DELETED" as const) : ("APPROVED" as const),
        reportCount: i % 2 === 0 ? 1 : 0,
        createdAt: new Date(start + i * 1000),
      })),
    });
    const expected = Array.from({ length: 60 }, (_, k) => `R${118 - 2 * k}`);
    const names = async (params: Record<string, string>) => {
      const first = await listQueue(parseDeskParams("reported", { article: String(otherId), ...params }));
      const second = await listQueue(parseDeskParams("reported", { article: String(otherId), ...params, cursor: first.next! }));
      return [...first.cards, ...second.cards].map((c) => c.authorName);
    };
    expect(await names({})).toEqual(expected);
    expect(await names({ order: "oldest" })).toEqual([...expected].reverse());
    expect((await listBulkTargets(parseDeskParams("reported", { article: String(otherId) }))).length).toBe(60);
    if (!env.isPostgres) {
      // Without table statistics SQLite would walk the whole [createdAt] index to spare the sort, or
      // all comments of the article or section.
      for (const view of [{}, { section: String(sectionId) }, { article: String(otherId) }, { section: String(sectionId), q: "x" }]) {
        const plan = await db.$queryRaw<{ detail: string }[]>`EXPLAIN QUERY PLAN ${queuePageSql(parseDeskParams("reported", view))}`;
        const details = plan.map((p) => p.detail).join(" | ");
        expect(details, JSON.stringify(view)).toContain("Comment_reportCount_lastReportedAt_idx");
        expect(details, JSON.stringify(view)).not.toMatch(/Comment_createdAt_idx|Comment_articleId/);
      }
    }
  });

  it("degrades bad params to defaults and refuses non-moderators", async () => {
    expect(parseDeskParams("pending", { article: "1 OR 1=1", order: "sideways", cursor: "garbage!", q: ["a", "b"] })).toEqual({ queue: "pending", order: "newest", q: "a" });
    expect(decodeDeskCursor(Buffer.from('{"t":"x","i":1}').toString("base64url"))).toBeUndefined();
    await signInAs(["EDITOR"]);
    await expect(listQueue(parseDeskParams("pending", {}))).rejects.toThrow("forbidden");
    await expect(countQueues()).rejects.toThrow("forbidden");
  });
});
