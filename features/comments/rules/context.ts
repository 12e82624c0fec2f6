/** The pipeline's database side: settings, word lists and the indexed lookups the steps ask for. */
import "server-only";
import { getCommentSettings } from "@/features/comments/settings";
import type { db as Db } from "@/lib/db";
import type { CommentModeValue, RuleContext, RuleLookups } from "./types";

type Client = typeof Db;

export function dbLookups(client: Client): RuleLookups {
  return {
    async isBanned(email, ipHash, now) {
      const ban = await client.ban.findFirst({
        where: {
          OR: [{ kind: "EMAIL", value: email }, { kind: "IP_HASH", value: ipHash }],
          AND: [{ OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] }],
        },
        select: { id: true },
      });
      return ban !== null;
    },
    async postedSince(by, since) {
      const where = "email" in by ? { authorEmail: by.email, createdAt: { gt: since } } : { ipHash: by.ipHash, createdAt: { gt: since } };
      return (await client.comment.findFirst({ where, select: { id: true } })) !== null;
    },
    async recentBodies(email, articleId, since) {
      const rows = await client.comment.findMany({
        where: { authorEmail: email, createdAt: { gt: since }, articleId },
        select: { body: true },
        orderBy: { createdAt: "desc" },
        take: 100,
      });
      return rows.map((r) => r.body);
    },
    async approvedCount(email, limit) {
      return client.comment.count({ where: { authorEmail: email, status: "APPROVED" }, take: limit });
    },
  };
}

export async function loadRuleContext(client: Client, article: { id: number; commentMode: CommentModeValue }, now: Date): Promise<RuleContext> {
  const [settings, words] = await Promise.all([
    getCommentSettings(client),
    client.wordListEntry.findMany({ select: { word: true, kind: true } }),
  ]);
  return {
    settings,
    now,
    article,
    words: {
      banned: words.filter((w) => w.kind === "BANNED").map((w) => w.word),
      suspect: words.filter((w) => w.kind === "SUSPECT").map((w) => w.word),
    },
    lookups: dbLookups(client),
  };
}
