/** Step 3: a banned e-mail address or IP hash (a Ban row that has not expired) is refused with a neutral answer. */
import type { CommentInput, RuleContext, RuleOutcome } from "./types";

export async function checkBans(input: Pick<CommentInput, "email" | "ipHash">, ctx: Pick<RuleContext, "lookups" | "now">): Promise<RuleOutcome | null> {
  return (await ctx.lookups.isBanned(input.email, input.ipHash, ctx.now)) ? { kind: "REFUSED", code: "BANNED" } : null;
}
