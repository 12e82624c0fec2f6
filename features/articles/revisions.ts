/** Revisions: a full copy of the article's text on every save, numbered like the article's version. */
import "server-only";
import type { Tx } from "@/lib/db";

export type ConflictData = { version: number; title: string; teaser: string; bodyHtml: string; savedAt: string; savedBy: string | null };

/** Stores the article as it is now (inside the saving transaction) as revision number = its version. */
export async function writeRevision(tx: Tx, articleId: number, authorId: number, note?: string): Promise<number> {
  const a = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: { version: true, title: true, teaser: true, bodyHtml: true, slug: true, sectionId: true, byline: true, metaDescription: true, heroImage: true, heroAlt: true, commentMode: true },
  });
  await tx.articleRevision.create({
    data: {
      articleId,
      version: a.version,
      title: a.title,
      teaser: a.teaser,
      bodyHtml: a.bodyHtml,
      authorId,
      note,
      data: { slug: a.slug, sectionId: a.sectionId, byline: a.byline, metaDescription: a.metaDescription, heroImage: a.heroImage, heroAlt: a.heroAlt, commentMode: a.commentMode },
    },
  });
  return a.version;
}
