/** GET /admin/ads/bookings/<id>/stats.csv: a booking's impressions, clicks and CTR per day (AD_MANAGER, ADMIN). */
import { getBooking } from "@/features/ads/queries";
import { statsCsvResponse } from "@/features/ads/stats-csv";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return statsCsvResponse((await params).id, async (id) => {
    const booking = await getBooking(id); // checks the session and "ads.manage"
    return booking && { filename: `buchung-${booking.id}-statistik.csv`, stats: booking.stats };
  });
}
