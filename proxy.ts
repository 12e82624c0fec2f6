/**
 * First gate only: signed-out visitors of /admin are sent to the login page. Every page, query and
 * action checks the session and role again on the server (lib/auth/session.ts): this file is not
 * the permission.
 */
import { withAuth } from "next-auth/middleware";
import { env } from "@/lib/env";

export default withAuth({
  callbacks: { authorized: ({ token }) => Boolean(token?.sid) },
  pages: { signIn: "/login" },
  secret: env.authSecret,
});

// Not the desk's JSON route: it answers 401 itself, and a redirect to the login page's HTML is no
// answer for the desk's fetch.
export const config = { matcher: ["/admin", "/admin/((?!comments/decisions$).*)"] };
