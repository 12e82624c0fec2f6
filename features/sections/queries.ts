/**
 * Section reads for the dashboard. Authorizes first; returns the sections in reader order with how
 * many articles each holds (not deleted: these block deleting it) and how many of them are live now.
 */
import "server-only";
import { liveArticleWhere } from "@/features/articles/live";
import { authorize } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";

/** Reader order: by position, ties (older data) by id. */
export const sectionOrder = [{ position: "asc" as const }, { id: "asc" as const }];

export async function listSections() {
  await authorize("sections.manage");
  const at = await now();
  const sections = await db.section.findMany({ where: { deletedAt: null }, orderBy: sectionOrder, select: { id: true, name: true, slug: true } });
  // Two grouped counts instead of one count per section: a constant number of queries however many there are.
  // Both are walks of the [sectionId, deletedAt, status, publishAt, unpublishAt] index, never of the wide
  // article rows. Naming the sections shown (`sectionId in`) is what makes SQLite's planner take that index
  // for the live count: without it, it prefers [status, publishAt, id] and reads every live article's row.
  const inSections = { sectionId: { in: sections.map((s) => s.id) } };
  const [all, live] = await Promise.all([
    db.article.groupBy({ by: ["sectionId"], where: { ...inSections, deletedAt: null }, _count: { _all: true } }),
    db.article.groupBy({ by: ["sectionId"], where: { ...inSections, ...liveArticleWhere(at) }, _count: { _all: true } }),
  ]);
  const counts = (rows: typeof all) => new Map(rows.map((r) => [r.sectionId, r._count._all]));
  const [articles, liveArticles] = [counts(all), counts(live)];
  return sections.map((s, i) => ({
    ...s,
    position: i + 1,
    articleCount: articles.get(s.id) ?? 0,
    liveCount: liveArticles.get(s.id) ?? 0,
  }));
}

export type SectionListItem = Awaited<ReturnType<typeof listSections>>[number];
