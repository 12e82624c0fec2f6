/**
 * GET /anzeige/<booking id>: a reader's click on a sidebar ad. Counts it and redirects to that
 * booking's own target (http(s) only, checked again here). The target never comes from the request,
 * so this is no open redirect; an unknown, malformed or no longer booked id gets 404.
 */
import { countClick } from "@/features/ads/stats";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { safeHttpUrl } from "@/lib/url";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Nicht gefunden", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  // A positive 32-bit id written plainly: PostgreSQL refuses a larger one with an error (a 500).
  if (!/^[1-9]\d{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) return notFound();
  const booking = await db.booking.findUnique({ where: { id: Number(raw) }, select: { id: true, status: true, targetUrl: true } });
  const target = booking?.status === "BOOKED" ? safeHttpUrl(booking.targetUrl) : null;
  if (!booking || !target) return notFound();
  await countClick(booking.id, dayOf(await now()));
  return new Response(null, { status: 302, headers: { Location: target, "Cache-Control": "no-store" } });
}
