/** An article is live from its publish time until it is unpublished: derived from the clock, never flipped by a job. */
import type { Prisma } from "@/generated/prisma/client";

export function liveArticleWhere(now: Date): Prisma.ArticleWhereInput {
  return {
    deletedAt: null,
    status: { in: ["SCHEDULED", "PUBLISHED"] },
    publishAt: { lte: now },
    OR: [{ unpublishAt: null }, { unpublishAt: { gt: now } }],
  };
}
