/**
 * The rules pipeline: small steps, each in its own file and tested on its own, run in this order.
 * Gates (honeypot, fields, bans, flood, duplicate) end the run; then a banned word rejects, and every
 * hold reason found (suspect word, links, pre-moderation, new commenter) is collected for the desk.
 */
import { checkBans } from "./bans";
import { checkDuplicate } from "./duplicate";
import { checkFields } from "./fields";
import { checkFlood } from "./flood";
import { checkHoneypot } from "./honeypot";
import { linkReasons } from "./links";
import { newCommenterReasons } from "./new-commenter";
import { premoderationReasons } from "./premoderation";
import type { CommentInput, RuleContext, RuleOutcome } from "./types";
import { bannedWordReasons, suspectWordReasons } from "./words";

export async function evaluateComment(input: CommentInput, ctx: RuleContext): Promise<RuleOutcome> {
  const gate =
    checkHoneypot(input) ??
    checkFields(input, ctx.settings) ??
    (await checkBans(input, ctx)) ??
    (await checkFlood(input, ctx)) ??
    (await checkDuplicate(input, ctx));
  if (gate) return gate;

  const banned = bannedWordReasons(input.body, ctx);
  if (banned.length) return { kind: "ACCEPTED", status: "REJECTED", heldReasons: banned };

  const held = [
    ...suspectWordReasons(input.body, ctx),
    ...linkReasons(input.body, ctx),
    ...premoderationReasons(ctx),
    ...(await newCommenterReasons(input, ctx)),
  ];
  return { kind: "ACCEPTED", status: held.length ? "PENDING" : "APPROVED", heldReasons: held };
}

export type { CommentInput, HeldReason, HeldReasonCode, RuleContext, RuleOutcome } from "./types";
