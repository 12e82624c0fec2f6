import { beforeEach, describe, expect, it } from "vitest";
import type { ArticleStatus } from "@/generated/prisma/client";
import { listSections } from "@/features/sections/queries";
import { db } from "@/lib/db";
import { signInAs, signOut } from "@/test/session";

const unique = () => Math.random().toString(36).slice(2, 8);
const hour = 3600_000;

describe("listSections counts", () => {
  beforeEach(() => signOut());

  it("counts every article that is not deleted, and of those the ones live now, per section", async () => {
    await signInAs(["EDITOR"]);
    const [a, b] = await Promise.all(
      ["A", "B"].map((n) => db.section.create({ data: { name: `Zählung ${n} ${unique()}`, slug: `zaehlung-${n.toLowerCase()}-${unique()}`, position: 9000 } })),
    );
    const t = Date.now();
    const article = (sectionId: number, status: ArticleStatus, publishAt: number | null, extra: { unpublishAt?: number; deletedAt?: number } = {}) =>
      db.article.create({
        data: {
          slug: `zaehlung-${unique()}`,
          sectionId,
          byline: "Redaktion",
          title: "Test",
          teaser: "",
          bodyHtml: "<p>Text</p>",
          status,
          publishAt: publishAt === null ? null : new Date(publishAt),
          unpublishAt: extra.unpublishAt === undefined ? null : new Date(extra.unpublishAt),
          deletedAt: extra.deletedAt === undefined ? null : new Date(extra.deletedAt),
        },
      });
    await Promise.all([
      article(a.id, "PUBLISHED", t - hour), // live
      article(a.id, "PUBLISHED", t - hour, { unpublishAt: t + hour }), // live until later
      article(a.id, "SCHEDULED", t - hour), // its time has come: live
      article(a.id, "SCHEDULED", t + hour), // not yet
      article(a.id, "PUBLISHED", t - 2 * hour, { unpublishAt: t - hour }), // taken down again
      article(a.id, "DRAFT", null),
      article(a.id, "IN_REVIEW", null),
      article(a.id, "PUBLISHED", t - hour, { deletedAt: t }), // deleted: in neither count
      article(b.id, "PUBLISHED", t - hour),
      article(b.id, "DRAFT", null, { deletedAt: t }),
    ]);
    const list = await listSections();
    expect(list.find((s) => s.id === a.id)).toMatchObject({ articleCount: 7, liveCount: 3 });
    expect(list.find((s) => s.id === b.id)).toMatchObject({ articleCount: 1, liveCount: 1 });

    // A change shows at once: nothing is kept between calls.
    await article(b.id, "PUBLISHED", t - hour);
    expect((await listSections()).find((s) => s.id === b.id)).toMatchObject({ articleCount: 2, liveCount: 2 });
  });
});
