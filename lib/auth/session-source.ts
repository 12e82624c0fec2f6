/**
 * Reads the session cookie. Kept apart so integration tests can stand in for the browser.
 *
 * The cookie is next-auth's encrypted JWT; it is decrypted here, and not through `getServerSession`,
 * because that also re-encrypts the token with a later expiry on every call (a sliding session, ~2 ms
 * of key derivation and encryption per dashboard request) and its answer is thrown away in a server
 * component anyway. Sliding would buy nothing: the StaffSession row it names ends 12 hours after the
 * login, whatever the cookie says (lib/auth/session.ts checks it). The cookie's name follows
 * next-auth's rule: `__Secure-` prefixed when the site's URL is https.
 */
import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";

const COOKIE = `${env.siteUrl.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;

/** The session cookie's name, and the names of its chunks when next-auth split it. */
export const isSessionCookie = (name: string) => name === COOKIE || name.startsWith(`${COOKIE}.`);

export async function getSessionId(): Promise<string | null> {
  const jar = await cookies();
  // next-auth splits a token over 4 KB into `name.0`, `name.1`, ... (ours hold two ids and never are).
  const token =
    jar.get(COOKIE)?.value ??
    jar
      .getAll()
      .filter((c) => c.name.startsWith(`${COOKIE}.`))
      .sort((a, b) => Number(a.name.slice(COOKIE.length + 1)) - Number(b.name.slice(COOKIE.length + 1)))
      .map((c) => c.value)
      .join("");
  if (!token) return null;
  try {
    const payload = await decode({ token, secret: env.authSecret });
    return typeof payload?.sid === "string" ? payload.sid : null;
  } catch {
    return null; // tampered, expired or made with another secret: no session
  }
}
