/** GET /admin/ads/slots/<id>/stats.csv: a slot's impressions, clicks and CTR per day over its bookings, the last 30 days (AD_MANAGER, ADMIN). */
import { listSlots, slotStats } from "@/features/ads/queries";
import { statsCsvResponse } from "@/features/ads/stats-csv";
import { now } from "@/lib/clock";
import { dayOf } from "@/lib/dates";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return statsCsvResponse((await params).id, async (id) => {
    const slot = (await listSlots()).find((s) => s.id === id); // checks the session and "ads.manage"
    return slot ? { filename: `werbeplatz-${slot.key}-statistik.csv`, stats: await slotStats(slot.id, dayOf(await now())) } : null;
  });
}
