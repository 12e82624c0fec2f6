/**
 * next-auth's endpoints. A callbackUrl in the query that does not name this site is refused here with
 * a 400: next-auth would answer it with a 500 (InvalidCallbackUrl), and it is never followed.
 */
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { env } from "@/lib/env";
import { sameSiteUrl } from "@/lib/safe-redirect";

const nextAuth = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

function handler(request: Request, context: unknown) {
  const callbackUrl = new URL(request.url).searchParams.get("callbackUrl");
  if (callbackUrl !== null && !sameSiteUrl(callbackUrl, new URL(request.url).origin) && !sameSiteUrl(callbackUrl, env.siteUrl)) {
    return new Response("Bad Request: callbackUrl must name this site", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  return nextAuth(request, context);
}

export { handler as GET, handler as POST };
