/** Step 2: required fields and the longest allowed text (settings.maxLength), as field errors. */
import type { CommentSettings } from "@/features/comments/settings";
import type { CommentInput, FieldErrorCode, RuleOutcome } from "./types";

export function checkFields(input: Pick<CommentInput, "name" | "email" | "body">, settings: Pick<CommentSettings, "maxLength">): RuleOutcome | null {
  const errors: Record<string, FieldErrorCode[]> = {};
  if (!input.name.trim()) errors.name = ["required"];
  if (!input.email.trim()) errors.email = ["required"];
  if (!input.body.trim()) errors.body = ["required"];
  else if ([...input.body].length > settings.maxLength) errors.body = ["tooLong"];
  return Object.keys(errors).length ? { kind: "INVALID", fieldErrors: errors } : null;
}
