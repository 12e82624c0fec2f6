"use server";
/**
 * Sign-out as a plain form post (a server action): it works from the first paint, before the page's
 * scripts have run, and without JavaScript — next-auth's client `signOut` did nothing until hydration.
 * The session row is revoked (so a copy of the cookie opens nothing any more) and audited in one
 * transaction, then the cookie is cleared. Cross-site posts never get here (server/same-origin.mjs,
 * and Next's own origin check of server actions).
 */
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { endStaffSession } from "@/lib/auth/session";
import { getSessionId, isSessionCookie } from "@/lib/auth/session-source";

export async function logout(): Promise<void> {
  const sid = await getSessionId();
  if (sid) await endStaffSession(sid);
  const jar = await cookies();
  for (const { name } of jar.getAll()) {
    // A __Secure- cookie can only be overwritten by a Secure one: set it expired with the same attributes.
    if (isSessionCookie(name)) jar.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__Secure-") });
  }
  redirect("/login");
}
