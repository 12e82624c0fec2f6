/** Comment reads for readers: an article's approved comments. */
import "server-only";
import { db } from "@/lib/db";

export const COMMENTS_PAGE_SIZE = 50;

/**
 * Approved comments of an article, oldest first, one page at a time: keyset on (createdAt, id) along
 * the index [articleId, status, createdAt, id], so the 500th page costs what the first does.
 */
export async function listApprovedComments(articleId: number, afterId?: number) {
  const after = afterId
    ? await db.comment.findFirst({ where: { id: afterId, articleId, status: "APPROVED" }, select: { id: true, createdAt: true } })
    : null;
  const rows = await db.comment.findMany({
    where: {
      articleId,
      status: "APPROVED",
      ...(after ? { OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: COMMENTS_PAGE_SIZE + 1,
    select: { id: true, parentId: true, authorName: true, body: true, createdAt: true },
  });
  const hasMore = rows.length > COMMENTS_PAGE_SIZE;
  const comments = hasMore ? rows.slice(0, COMMENTS_PAGE_SIZE) : rows;
  return { comments, nextAfterId: hasMore ? comments[comments.length - 1].id : null };
}

// The moderators' reads (queues, counts, cards) live in desk-queries.ts.
