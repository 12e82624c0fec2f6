/** URL slugs for articles: from the title (ä → ae, ß → ss), unique among current and former slugs. */
import slugify from "@sindresorhus/slugify";
import type { Tx } from "@/lib/db";

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 120;

export function slugFromTitle(title: string): string {
  return slugify(title, { locale: "de", customReplacements: [["&", " und "]] }).slice(0, SLUG_MAX).replace(/-+$/, "") || "artikel";
}

/** Whether another article uses the slug now or used it before (its old URL must keep working). */
export async function slugTaken(tx: Tx, slug: string, articleId?: number): Promise<boolean> {
  const [article, redirect] = await Promise.all([
    tx.article.findUnique({ where: { slug }, select: { id: true } }),
    tx.articleSlugRedirect.findUnique({ where: { slug }, select: { articleId: true } }),
  ]);
  return (!!article && article.id !== articleId) || (!!redirect && redirect.articleId !== articleId);
}

/** The slug itself if free, else the first free "slug-2", "slug-3", ... */
export async function uniqueSlug(tx: Tx, base: string, articleId?: number): Promise<string> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `-${n}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, "")}${suffix}`;
    if (!(await slugTaken(tx, candidate, articleId))) return candidate;
  }
}
