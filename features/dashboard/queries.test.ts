import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CHART_DAYS, countCommentsPerDay, getDashboardNumbers } from "@/features/dashboard/queries";
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
