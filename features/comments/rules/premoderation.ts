/** Step 9: a pre-moderated article, or site-wide pre-moderation, holds every comment. */
import type { HeldReason, RuleContext } from "./types";

export function premoderationReasons(ctx: Pick<RuleContext, "settings" | "article">): HeldReason[] {
  const reasons: HeldReason[] = [];
  if (ctx.article.commentMode === "PREMODERATED") reasons.push({ code: "PREMODERATED_ARTICLE" });
  if (ctx.settings.premoderateAll) reasons.push({ code: "PREMODERATED_SITE" });
  return reasons;
}
