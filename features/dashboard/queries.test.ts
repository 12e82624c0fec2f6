import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CHART_DAYS, SETTLE_MS, countCommentsPerDay, getDashboardNumbers } from "@/features/dashboard/queries";
import { waitingAge } from "@/features/dashboard/waiting-age";
import type { Staff } from "@/lib/auth/session";

const staff = (roles: Staff["roles"]): Staff => ({ id: 0, name: "t", email: "t@test.local", roles });

describe("dashboard numbers", () => {
  // A day no other test writes to: the whole run shares one database.
  it("counts today's comments and the queue from the database, only for the roles that may see them", async () => {
    const section = await db.section.create({ data: { name: "Test", slug: `dash-${Date.now()}` } });
    const now = new Date("2019-05-14T12:00:00Z");
    const article = await db.article.create({
      data: { slug: `dash-article-${Date.now()}`, sectionId: section.id, byline: "x", title: "x", teaser: "x", bodyHtml: "", status: "PUBLISHED", publishAt: new Date("2019-05-14T08:00:00Z") },
    });
    const base = { articleId: article.id, authorName: "n", authorEmail: "n@test.local", ipHash: "h", body: "b" };
    await db.comment.createMany({
      data: [
        { ...base, status: "PENDING", createdAt: new Date("2019-05-14T09:00:00Z") },
        { ...base, status: "APPROVED", createdAt: new Date("2019-05-14T10:00:00Z") },
        { ...base, status: "APPROVED", createdAt: new Date("2019-05-13T10:00:00Z") },
      ],
    });

    const mod = await getDashboardNumbers(staff(["MODERATOR"]), now);
    expect(mod.comments?.pending).toBeGreaterThanOrEqual(1);
    expect(mod.comments?.today).toBe(2);
    expect(mod.comments?.perDay.at(-2)).toEqual({ day: "2019-05-13", count: 1 });
    expect(mod.articles).toBeUndefined();
    expect(mod.ads).toBeUndefined();

    const editor = await getDashboardNumbers(staff(["EDITOR"]), now);
    expect(editor.comments).toBeUndefined();
    expect(editor.articles?.publishedToday).toBeGreaterThanOrEqual(1);

    const ads = await getDashboardNumbers(staff(["AD_MANAGER"]), now);
    expect(Object.keys(ads)).toEqual(["ads"]);
  });

  it("gives the moderators the oldest pending comment's arrival, and none of it to the others", async () => {
    const section = await db.section.create({ data: { name: "Test", slug: `dash-old-${Date.now()}` } });
    const article = await db.article.create({
      data: { slug: `dash-old-article-${Date.now()}`, sectionId: section.id, byline: "x", title: "x", teaser: "x", bodyHtml: "", status: "PUBLISHED", publishAt: new Date("1989-12-01T08:00:00Z") },
    });
    const base = { articleId: article.id, authorName: "n", authorEmail: "old@test.local", ipHash: "h", body: "b" };
    // Older than anything else in the shared database; an older approved one must not count.
    const oldest = new Date("1990-01-02T09:00:00Z");
    await db.comment.createMany({
      data: [
        { ...base, status: "APPROVED", createdAt: new Date("1990-01-01T09:00:00Z") },
        { ...base, status: "PENDING", createdAt: oldest },
        { ...base, status: "PENDING", createdAt: new Date("1990-01-02T10:00:00Z") },
      ],
    });
    const now = new Date("1990-01-02T12:30:00Z");
    const mod = await getDashboardNumbers(staff(["MODERATOR"]), now);
    expect(mod.comments?.oldestPendingAt?.toISOString()).toBe(oldest.toISOString());
    expect(waitingAge(mod.comments!.oldestPendingAt!, now)).toEqual({ unit: "hours", count: 3 });
    expect((await getDashboardNumbers(staff(["EDITOR"]), now)).comments).toBeUndefined();
  });

  it("counts 30 Berlin days in one grouped query, across the change to winter time", async () => {
    const section = await db.section.create({ data: { name: "Test", slug: `dash-30-${Date.now()}` } });
    const article = await db.article.create({
      data: { slug: `dash-30-article-${Date.now()}`, sectionId: section.id, byline: "x", title: "x", teaser: "x", bodyHtml: "", status: "PUBLISHED", publishAt: new Date("2000-09-01T08:00:00Z") },
    });
    const base = { articleId: article.id, authorName: "n", authorEmail: "d@test.local", ipHash: "h", body: "b", status: "APPROVED" as const };
    // 2000-10-29 is the last Sunday of October: Berlin goes from UTC+2 to UTC+1.
    await db.comment.createMany({
      data: [
        { ...base, createdAt: new Date("2000-09-30T21:59:59Z") }, // 30 Sep, 23:59:59 in Berlin: before the window
        { ...base, createdAt: new Date("2000-09-30T22:00:00Z") }, // 1 Oct, 00:00 in Berlin: the first day
        { ...base, createdAt: new Date("2000-10-28T21:59:00Z") }, // 28 Oct, 23:59 (summer time)
        { ...base, createdAt: new Date("2000-10-28T22:00:00Z") }, // 29 Oct, 00:00
        { ...base, createdAt: new Date("2000-10-29T22:59:00Z") }, // 29 Oct, 23:59 (winter time)
        { ...base, createdAt: new Date("2000-10-29T23:00:00Z") }, // 30 Oct, 00:00
        { ...base, createdAt: new Date("2000-10-30T12:00:00Z") },
        { ...base, createdAt: new Date("2000-10-30T23:00:00Z") }, // 31 Oct, 00:00: after the window
      ],
    });
    const perDay = await countCommentsPerDay("2000-10-30");
    expect(perDay).toHaveLength(CHART_DAYS);
    expect(perDay[0]).toEqual({ day: "2000-10-01", count: 1 });
    const byDay = Object.fromEntries(perDay.map((d) => [d.day, d.count]));
    expect(byDay["2000-10-28"]).toBe(1);
    expect(byDay["2000-10-29"]).toBe(2);
    expect(byDay["2000-10-30"]).toBe(2);
    expect(perDay.reduce((n, d) => n + d.count, 0)).toBe(6);
  });
});

describe("comments per day, finished days kept", () => {
  async function articleFor(tag: string) {
    const section = await db.section.create({ data: { name: "Test", slug: `dash-${tag}-${Date.now()}` } });
    return db.article.create({
      data: { slug: `dash-${tag}-article-${Date.now()}`, sectionId: section.id, byline: "x", title: "x", teaser: "x", bodyHtml: "", status: "PUBLISHED", publishAt: new Date("2003-01-01T08:00:00Z") },
    });
  }
  const comment = (articleId: number, createdAt: string) =>
    db.comment.create({ data: { articleId, authorName: "n", authorEmail: "kept@test.local", ipHash: "h", body: "b", status: "APPROVED", createdAt: new Date(createdAt) } });
  const countOf = (perDay: { day: string; count: number }[], day: string) => perDay.find((d) => d.day === day)?.count;

  it("counts today afresh on every call, and a finished day once, with the right number", async () => {
    const article = await articleFor("kept");
    // Berlin winter time: 2003-03-20 starts at 2003-03-19T23:00Z.
    await comment(article.id, "2003-03-18T10:00:00Z");
    await comment(article.id, "2003-03-19T22:59:59Z"); // 19 March, 23:59:59 in Berlin
    await comment(article.id, "2003-03-20T08:00:00Z");
    const noon = Date.parse("2003-03-20T11:00:00Z");

    const first = await countCommentsPerDay("2003-03-20", noon);
    expect(countOf(first, "2003-03-18")).toBe(1);
    expect(countOf(first, "2003-03-19")).toBe(1);
    expect(countOf(first, "2003-03-20")).toBe(1);

    // Today moves with every new comment.
    await comment(article.id, "2003-03-20T10:59:00Z");
    const second = await countCommentsPerDay("2003-03-20", noon + 60_000);
    expect(countOf(second, "2003-03-20")).toBe(2);
    expect(second.slice(0, -1)).toEqual(first.slice(0, -1));

    // A finished day is not counted again: a row that could never arrive in the app (stamped in a
    // finished day) does not show, which proves the kept count is used. The next window counts afresh.
    await comment(article.id, "2003-03-18T11:00:00Z");
    expect(countOf(await countCommentsPerDay("2003-03-20", noon + 120_000), "2003-03-18")).toBe(1);
    const nextDay = await countCommentsPerDay("2003-03-21", Date.parse("2003-03-21T11:00:00Z"));
    expect(countOf(nextDay, "2003-03-18")).toBe(2);
    expect(countOf(nextDay, "2003-03-20")).toBe(2);
    expect(countOf(nextDay, "2003-03-21")).toBe(0);
  });

  it("keeps counting yesterday live for a while after midnight, for comments still being committed", async () => {
    const article = await articleFor("settle");
    await comment(article.id, "2003-06-09T12:00:00Z");
    // Berlin summer time: 10 June starts at 2003-06-09T22:00Z.
    const midnight = Date.parse("2003-06-09T22:00:00Z");
    expect(countOf(await countCommentsPerDay("2003-06-10", midnight + 1_000), "2003-06-09")).toBe(1);
    // Stamped a moment before midnight, committed a moment after it.
    await comment(article.id, "2003-06-09T21:59:59.900Z");
    expect(countOf(await countCommentsPerDay("2003-06-10", midnight + 2_000), "2003-06-09")).toBe(2);
    // Settled: counted once more, then kept.
    const settled = await countCommentsPerDay("2003-06-10", midnight + SETTLE_MS);
    expect(countOf(settled, "2003-06-09")).toBe(2);
    expect(settled.reduce((n, d) => n + d.count, 0)).toBe(2);
  });
});

describe("waitingAge", () => {
  const at = new Date("2026-11-27T12:00:00Z");
  const ago = (ms: number) => new Date(at.getTime() - ms);
  it("reads in minutes, hours, then days, rounded down", () => {
    expect(waitingAge(ago(10_000), at)).toEqual({ unit: "minutes", count: 1 });
    expect(waitingAge(ago(59 * 60_000), at)).toEqual({ unit: "minutes", count: 59 });
    expect(waitingAge(ago(3 * 3600_000 + 59 * 60_000), at)).toEqual({ unit: "hours", count: 3 });
    expect(waitingAge(ago(47 * 3600_000), at)).toEqual({ unit: "hours", count: 47 });
    expect(waitingAge(ago(50 * 3600_000), at)).toEqual({ unit: "days", count: 2 });
    expect(waitingAge(new Date(at.getTime() + 60_000), at)).toEqual({ unit: "minutes", count: 1 });
  });
});
