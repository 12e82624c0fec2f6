/** Password hashing (argon2id) and the password policy (ASVS: length, no common passwords, no composition rules). */
import { hash, verify } from "@node-rs/argon2";

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

const COMMON = new Set([
  "password", "password1", "passwort", "passwort1", "1234567890", "12345678910", "qwertzuiop", "qwertyuiop",
  "iloveyou12", "letmein123", "welcome123", "willkommen", "willkommen1", "hallo12345", "newsdesk123",
  "admin12345", "administrator", "0123456789", "abcdefghij", "passwort123", "password123",
]);

export function isCommonPassword(password: string) {
  const p = password.toLowerCase();
  return COMMON.has(p) || /^(.)\1+$/.test(p) || /^(0123456789|1234567890)+$/.test(p);
}

export function hashPassword(password: string) {
  return hash(password, { algorithm: 2 }); // 2 = argon2id
}

// A real hash to verify against when the account does not exist, so timing does not reveal it.
let dummy: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null | undefined, password: string) {
  try {
    return await verify(passwordHash ?? (await (dummy ??= hashPassword("no-such-account-password"))), password);
  } catch {
    return false;
  }
}
