/**
 * Reads for the dashboard's article editor, workflow panel and revision pages. Each one checks the
 * caller's permission first and selects only what those screens show; deleted articles do not exist here.
 */
import "server-only";
import { htmlToText } from "@/features/articles/sanitize";
import { authorize } from "@/lib/auth/session";
import { db } from "@/lib/db";

/** A route segment as an article id, or null (the page answers 404). */
export function parseArticleIdParam(raw: string): number | null {
  if (!/^\d{1,9}$/.test(raw)) return null;
  const id = Number(raw);
  return id > 0 ? id : null;
}

export async function getArticleForEdit(id: number) {
  await authorize("articles.manage");
  return db.article.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      title: true,
      teaser: true,
      bodyHtml: true,
      sectionId: true,
      byline: true,
      slug: true,
      metaDescription: true,
      heroImage: true,
      heroAlt: true,
      commentMode: true,
      status: true,
      version: true,
      publishAt: true,
      unpublishAt: true,
      authorId: true,
      author: { select: { id: true, name: true } },
      reviewer: { select: { id: true, name: true } },
    },
  });
}

export type ArticleForEdit = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

export async function listSectionsForSelect() {
  await authorize("articles.manage");
  return db.section.findMany({ where: { deletedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

/** Who may review: active people with the EDITOR or ADMIN role. */
export async function listReviewers() {
  await authorize("articles.manage");
  return db.user.findMany({
    where: { disabledAt: null, roles: { some: { role: { in: ["EDITOR", "ADMIN"] } } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}

/** The revisions of a live (not deleted) article, newest first. */
export async function listRevisions(articleId: number) {
  await authorize("articles.manage");
  return db.articleRevision.findMany({
    where: { articleId, article: { deletedAt: null } },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, note: true, title: true, author: { select: { name: true } } },
  });
}

/** Two revisions as text, for a diff; null when either does not exist. */
export async function getRevisionPair(articleId: number, a: number, b: number) {
  await authorize("articles.manage");
  const rows = await db.articleRevision.findMany({
    where: { articleId, version: { in: [a, b] }, article: { deletedAt: null } },
    select: { version: true, title: true, teaser: true, bodyHtml: true },
  });
  const pick = (v: number) => {
    const r = rows.find((row) => row.version === v);
    return r ? { version: r.version, title: r.title, teaser: r.teaser, text: htmlToText(r.bodyHtml) } : null;
  };
  const [older, newer] = [pick(a), pick(b)];
  return older && newer ? { a: older, b: newer } : null;
}

/** A saved article (any status) as the reader page would show it: the staff preview. */
export async function getArticlePreview(id: number) {
  await authorize("articles.manage");
  return db.article.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      slug: true,
      status: true,
      title: true,
      teaser: true,
      byline: true,
      bodyHtml: true,
      heroImage: true,
      heroAlt: true,
      publishAt: true,
      section: { select: { name: true } },
    },
  });
}
