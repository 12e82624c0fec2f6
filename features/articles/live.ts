/** An article is live from its publish time until it is unpublished: derived from the clock, never flipped by a job. */
import { Prisma } from "@/generated/prisma/client";

export function liveArticleWhere(now: Date): Prisma.ArticleWhereInput {
  return {
    deletedAt: null,
    status: { in: ["SCHEDULED", "PUBLISHED"] },
    publishAt: { lte: now },
    OR: [{ unpublishAt: null }, { unpublishAt: { gt: now } }],
  };
}

/** The same condition for plain SQL on "Article" (both databases), for reads on a hot path. */
export function liveArticleSql(now: Date): Prisma.Sql {
  return Prisma.sql`"deletedAt" IS NULL AND "status" IN ('SCHEDULED', 'PUBLISHED') AND "publishAt" <= ${now} AND ("unpublishAt" IS NULL OR "unpublishAt" > ${now})`;
}
