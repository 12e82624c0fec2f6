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

export const config = { matcher: ["/admin/:path*"] };
