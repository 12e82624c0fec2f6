/**
 * POST /api/ads/impressions: the reader sidebar's beacon, `{"ids":[…]}` with the bookings it showed.
 * Public and cheap: no session, no database write (the counts are buffered, features/ads/stats.ts),
 * ids that are not running today are ignored. Always 204, so it tells a prober nothing.
 */
import { z } from "zod";
import { countImpressions } from "@/features/ads/stats";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";

export const dynamic = "force-dynamic";

const schema = z.object({ ids: z.array(z.number().int().min(1).max(2_147_483_647)).min(1).max(10) });
const noContent = () => new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });

export async function POST(request: Request) {
  const text = await request.text();
  if (text.length > 1000) return new Response("Payload too large", { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return new Response("Bad request", { status: 400 });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return new Response("Bad request", { status: 400 });
  await countImpressions(parsed.data.ids, dayOf(await now()));
  return noContent();
}
