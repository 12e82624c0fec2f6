/** The article the load comments on: a live one of the seed whose comments are open. */
import type { TestDb } from "./harness";

export async function openArticleSlug(db: TestDb["db"]) {
  const now = new Date();
  const article = await db.article.findFirst({
    where: { deletedAt: null, status: "PUBLISHED", commentMode: "OPEN", publishAt: { lte: now }, OR: [{ unpublishAt: null }, { unpublishAt: { gt: now } }] },
    orderBy: { id: "asc" },
    select: { slug: true },
  });
  if (!article) throw new Error("the seed has no live article with open comments");
  return article.slug;
}
