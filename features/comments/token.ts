/**
 * The reader's key to their own comment's status page (/artikel/<slug>/kommentar/<id>/<token>): an HMAC
 * of the id with the app secret, so held comments cannot be read by counting ids.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export function commentToken(id: number): string {
  return createHmac("sha256", env.authSecret).update(`comment-status:${id}`).digest("base64url").slice(0, 32);
}

export function verifyCommentToken(id: number, token: string): boolean {
  const expected = Buffer.from(commentToken(id));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function commentStatusPath(slug: string, id: number): string {
  return `/artikel/${slug}/kommentar/${id}/${commentToken(id)}`;
}
