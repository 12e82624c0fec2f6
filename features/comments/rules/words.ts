/** Steps 6 and 7: banned words reject a comment, suspect words hold it (whole words, case-insensitive, umlaut-safe). */
import { findWords } from "./text";
import type { HeldReason, RuleContext } from "./types";

export function bannedWordReasons(body: string, ctx: Pick<RuleContext, "words">): HeldReason[] {
  return findWords(body, ctx.words.banned).map((word) => ({ code: "BANNED_WORD", detail: word }));
}

export function suspectWordReasons(body: string, ctx: Pick<RuleContext, "words">): HeldReason[] {
  return findWords(body, ctx.words.suspect).map((word) => ({ code: "SUSPECT_WORD", detail: word }));
}
