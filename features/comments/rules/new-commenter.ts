/** Step 10: a commenter with fewer than settings.newCommenterThreshold approved comments waits for a moderator. */
import type { CommentInput, HeldReason, RuleContext } from "./types";

export async function newCommenterReasons(input: Pick<CommentInput, "email">, ctx: Pick<RuleContext, "settings" | "lookups">): Promise<HeldReason[]> {
  const threshold = ctx.settings.newCommenterThreshold;
  if (threshold <= 0) return [];
  return (await ctx.lookups.approvedCount(input.email, threshold)) < threshold ? [{ code: "NEW_COMMENTER" }] : [];
}
