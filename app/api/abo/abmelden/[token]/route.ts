/**
 * RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" to the URL of the
 * List-Unsubscribe header, from their own servers (no cookies, no Origin of ours: server/same-origin.mjs
 * exempts this path). The signed token is the authorization; a session is never read. A browser that
 * opens the URL gets a page that links to the unsubscribe page with the button: not a redirect, so the
 * token never appears in a Location header, and a GET changes nothing.
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

const escapeAttribute = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function GET(_request: Request, { params }: Context) {
  const { token } = await params;
  const href = escapeAttribute(`/abo/abmelden/${encodeURIComponent(token)}`);
  const html = `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="same-origin"><title>Abmelden</title></head><body><p><a href="${href}">Weiter zur Abmeldung</a></p></body></html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" } });
}
