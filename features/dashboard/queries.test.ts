import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getDashboardNumbers } from "@/features/dashboard/queries";
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
});
