/** Comment reads: an article's approved comments for readers, and queue counts for moderators. */
import "server-only";
import { authorize } from "@/lib/auth/session";
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

export const QUEUES = ["PENDING", "APPROVED", "REJECTED", "SPAM", "DELETED"] as const;

/** Queue sizes and the newest held comments (the moderation issue replaces this with the desk). */
export async function getModerationOverview() {
  await authorize("comments.moderate");
  const [counts, reported, latestPending] = await Promise.all([
    Promise.all(QUEUES.map(async (status) => [status, await db.comment.count({ where: { status } })] as const)),
    db.comment.count({ where: { reportCount: { gt: 0 }, status: { not: "DELETED" } } }),
    db.comment.findMany({
      where: { status: "PENDING" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true, authorName: true, body: true, createdAt: true, article: { select: { title: true } } },
    }),
  ]);
  return { counts: Object.fromEntries(counts) as Record<(typeof QUEUES)[number], number>, reported, latestPending };
}
