/** Step 5: the same e-mail posting the same (normalized) text on the same article within 24 hours is refused. */
import { normalizeText } from "./text";
import type { CommentInput, RuleContext, RuleOutcome } from "./types";

export const DUPLICATE_WINDOW_MS = 24 * 3600_000;

export async function checkDuplicate(input: Pick<CommentInput, "email" | "body">, ctx: Pick<RuleContext, "lookups" | "now" | "article">): Promise<RuleOutcome | null> {
  const since = new Date(ctx.now.getTime() - DUPLICATE_WINDOW_MS);
  const text = normalizeText(input.body);
  const bodies = await ctx.lookups.recentBodies(input.email, ctx.article.id, since);
  return bodies.some((b) => normalizeText(b) === text) ? { kind: "REFUSED", code: "DUPLICATE" } : null;
}
