"use server";
/**
 * The desk's commands (desk-commands.ts) as server actions, for callers on the server and forms; the
 * desk itself posts them to its JSON route, which answers without the page machinery of an action.
 */
import { decideMany, decideOne, undoLast } from "@/features/comments/desk-commands";

// Checked by the commands' schemas: callers may send anything.
type Input = Record<string, unknown>;

/** One decision on one comment; refused with who decided it and when if it is no longer as seen. */
export async function decideComment(input: Input) {
  return (await decideOne(input)).result;
}

/** One decision on many comments: the checked ones, or all matching the page's filter (capped). */
export async function decideCommentsInBulk(input: Input) {
  return (await decideMany(input)).result;
}

/** Takes back the moderator's last decision (a bulk action or a single one). */
export async function undoLastModeration(input: Input) {
  return (await undoLast(input)).result;
}
