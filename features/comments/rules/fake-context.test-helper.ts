/** A rule context with in-memory lookups, for the steps' unit tests. */
import { DEFAULT_COMMENT_SETTINGS } from "@/features/comments/settings";
import type { CommentInput, RuleContext } from "./types";

export const NOW = new Date("2026-11-20T10:00:00Z");

export type FakeComment = { email: string; ipHash: string; articleId: number; body: string; status: string; createdAt: Date };

export function fakeContext(over: Partial<Omit<RuleContext, "lookups">> = {}, data: { comments?: FakeComment[]; bans?: { email?: string; ipHash?: string; expiresAt?: Date }[] } = {}): RuleContext {
  const comments = data.comments ?? [];
  const bans = data.bans ?? [];
  return {
    settings: DEFAULT_COMMENT_SETTINGS,
    now: NOW,
    article: { id: 1, commentMode: "OPEN" },
    words: { banned: [], suspect: [] },
    ...over,
    lookups: {
      isBanned: async (email, ipHash, now) => bans.some((b) => (b.email === email || b.ipHash === ipHash) && (!b.expiresAt || b.expiresAt > now)),
      postedSince: async (by, since) => comments.some((c) => ("email" in by ? c.email === by.email : c.ipHash === by.ipHash) && c.createdAt > since),
      recentBodies: async (email, articleId, since) => comments.filter((c) => c.email === email && c.articleId === articleId && c.createdAt > since).map((c) => c.body),
      approvedCount: async (email, limit) => Math.min(limit, comments.filter((c) => c.email === email && c.status === "APPROVED").length),
    },
  };
}

export const input = (over: Partial<CommentInput> = {}): CommentInput => ({
  name: "Erika",
  email: "erika@example.org",
  body: "Ein sachlicher Beitrag.",
  honeypot: "",
  subscribe: false,
  ipHash: "ip-a",
  ...over,
});
