/**
 * RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL of the
 * List-Unsubscribe header, from their own servers (no cookies, no Origin of ours). The signed token is
 * the authorization. A browser that opens the URL is sent to the page with the button.
 */
import { unsubscribe } from "@/features/subscriptions/reader";
import { now } from "@/lib/clock";

type Context = { params: Promise<{ token: string }> };

export async function POST(request: Request, { params }: Context) {
  const { token } = await params;
  const body = await request.text().catch(() => "");
  if (!new URLSearchParams(body).has("List-Unsubscribe")) {
    return Response.json({ error: 'expected the form body "List-Unsubscribe=One-Click" (RFC 8058)' }, { status: 400 });
  }
  const { state } = await unsubscribe(token, await now());
  if (state === "invalid") return Response.json({ error: "unknown or invalid link" }, { status: 404 });
  return Response.json({ unsubscribed: true });
}

export async function GET(request: Request, { params }: Context) {
  const { token } = await params;
  return Response.redirect(new URL(`/abo/abmelden/${encodeURIComponent(token)}`, request.url), 303);
}
