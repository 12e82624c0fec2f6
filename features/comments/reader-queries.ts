/** Reader-side comment reads: a reader's own comment behind its signed link, and the targets of reply and report forms. */
import "server-only";
import { liveArticleWhere } from "@/features/articles/live";
import { verifyCommentToken } from "@/features/comments/token";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";

const shown = { id: true, authorName: true, body: true, createdAt: true } as const;

/** The comment behind /artikel/<slug>/kommentar/<id>/<token>; null unless the token is right. */
export async function getOwnComment(slug: string, id: number, token: string) {
  if (!verifyCommentToken(id, token)) return null;
  const c = await db.comment.findFirst({ where: { id, article: { slug } }, select: { ...shown, status: true, parentId: true } });
  return c ? { ...c, published: c.status === "APPROVED" } : null;
}

/** A comment readers can see and act on (reply, report): approved, of this live article. */
export async function getShownComment(slug: string, id: number) {
  const at = await now();
  return db.comment.findFirst({
    where: { id, status: "APPROVED", article: { slug, ...liveArticleWhere(at) } },
    select: { ...shown, parentId: true, article: { select: { id: true, slug: true, title: true, commentMode: true } } },
  });
}
