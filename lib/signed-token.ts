/**
 * Links in mails that act without an account (confirm, unsubscribe, manage): the payload in clear,
 * an HMAC of purpose and payload with the app secret behind it. A token for one purpose never passes
 * for another, and a changed payload fails the check.
 */
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

const PAYLOAD = /^[A-Za-z0-9_-]{1,100}$/;

function mac(purpose: string, payload: string): string {
  return createHmac("sha256", env.authSecret).update(`${purpose}\n${payload}`).digest("base64url").slice(0, 32);
}

/** `payload` is made of id-like parts joined by "-" or "_" (no dots). */
export function signToken(purpose: string, payload: string): string {
  if (!PAYLOAD.test(payload)) throw new Error("token payload must be url-safe and short");
  return `${payload}.${mac(purpose, payload)}`;
}

/** The payload of a genuine token for this purpose, or null. */
export function verifyToken(purpose: string, token: string): string | null {
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  if (!PAYLOAD.test(payload)) return null;
  const expected = Buffer.from(mac(purpose, payload));
  const given = Buffer.from(token.slice(dot + 1));
  return given.length === expected.length && timingSafeEqual(given, expected) ? payload : null;
}
