/**
 * The one-time secrets of staff accounts: generated initial passwords and invite tokens. Only hashes
 * are stored (argon2id for passwords, sha256 for invite tokens, which are random and long enough that
 * a fast hash is safe and lets the invite page look them up by value).
 */
import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

// No 0/O, 1/l/I: the password is read off a screen and typed or dictated once.
const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 20 random characters in groups of five (about 115 bits). */
export function generatePassword(): string {
  const chars = Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join("")).join("-");
}

export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const invitePath = (token: string) => `/einladung/${token}`;
