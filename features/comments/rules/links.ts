/** Step 8: more links than settings.linkLimit hold a comment (typical of spam). */
import { countLinks } from "./text";
import type { HeldReason, RuleContext } from "./types";

export function linkReasons(body: string, ctx: Pick<RuleContext, "settings">): HeldReason[] {
  const links = countLinks(body);
  return links > ctx.settings.linkLimit ? [{ code: "LINK_LIMIT", detail: `${links} Links` }] : [];
}
