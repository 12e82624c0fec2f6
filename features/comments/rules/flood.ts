/**
 * Step 4: one comment per settings.floodSeconds per e-mail address and per IP hash. Read from the
 * Comment table (indexes [authorEmail, createdAt] and [ipHash, createdAt]), so it holds across app instances.
 */
import type { CommentInput, RuleContext, RuleOutcome } from "./types";

export async function checkFlood(input: Pick<CommentInput, "email" | "ipHash">, ctx: Pick<RuleContext, "lookups" | "now" | "settings">): Promise<RuleOutcome | null> {
  const seconds = ctx.settings.floodSeconds;
  if (seconds <= 0) return null;
  const since = new Date(ctx.now.getTime() - seconds * 1000);
  const [byEmail, byIp] = await Promise.all([
    ctx.lookups.postedSince({ email: input.email }, since),
    ctx.lookups.postedSince({ ipHash: input.ipHash }, since),
  ]);
  return byEmail || byIp ? { kind: "REFUSED", code: "FLOOD" } : null;
}
