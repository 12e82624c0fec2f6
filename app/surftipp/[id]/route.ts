/**
 * A reader's click on a "Surftip der Woche" link: counts it and redirects to that tip's own stored
 * address, checked again here (http(s) only). The destination never comes from the request, so this
 * is no open redirect; an id that is malformed, unknown or of a week that has not begun is a 404.
 * No session, no cookie: public. Never cached (each click counts); HEAD answers without counting.
 */
import { countSurfTipClick, getPublicSurfTipUrl } from "@/features/surf-tips/clicks";
import { now } from "@/lib/clock";
import { isoWeekOf } from "@/lib/dates";
import { safeHttpUrl } from "@/lib/url";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

const noStore = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow" };

function notFound() {
  return new Response("Not found", { status: 404, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });
}

/** A positive 32-bit id written plainly ("12", not "012", "1e3" or "+1"), else null. */
function idOf(value: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}

async function answer(context: Context, lookUp: (id: number, week: string) => Promise<string | null>) {
  const id = idOf((await context.params).id);
  if (id === null) return notFound();
  const target = safeHttpUrl(await lookUp(id, isoWeekOf(await now())));
  if (!target) return notFound();
  return new Response(null, { status: 302, headers: { ...noStore, Location: target } });
}

export function GET(_request: Request, context: Context) {
  return answer(context, countSurfTipClick);
}

export function HEAD(_request: Request, context: Context) {
  return answer(context, getPublicSurfTipUrl);
}
