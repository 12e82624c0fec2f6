/** Step 1: a bot filled the field humans never see. The caller answers as if it worked and stores nothing. */
import type { CommentInput, RuleOutcome } from "./types";

export function checkHoneypot(input: Pick<CommentInput, "honeypot">): RuleOutcome | null {
  return input.honeypot.trim() !== "" ? { kind: "DISCARD" } : null;
}
