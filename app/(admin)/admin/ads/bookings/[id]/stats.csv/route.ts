/** GET /admin/ads/bookings/<id>/stats.csv: a booking's impressions, clicks and CTR per day (AD_MANAGER, ADMIN). */
import { getTranslations } from "next-intl/server";
import { ctr, getBooking } from "@/features/ads/queries";
import { AuthError } from "@/lib/auth/session";
import { CSV_BOM, CSV_EOL, csvDisposition, csvRow } from "@/lib/csv";

export const dynamic = "force-dynamic";

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const [{ id: raw }, t, errors] = await Promise.all([params, getTranslations("ads.booking"), getTranslations("common.errors")]);
  if (!/^[1-9]\d{0,9}$/.test(raw)) return plain(404, "");
  let booking;
  try {
    booking = await getBooking(Number(raw)); // checks the session and "ads.manage"
  } catch (error) {
    if (error instanceof AuthError) return error.kind === "unauthenticated" ? plain(401, errors("unauthenticated")) : plain(403, errors("forbidden"));
    throw error;
  }
  if (!booking) return plain(404, "");
  const lines = [
    csvRow([t("day"), t("impressions"), t("clicks"), t("ctr")]),
    ...booking.stats.map((d) => csvRow([d.day, d.impressions, d.clicks, ctr(d.clicks, d.impressions).toFixed(4)])),
  ];
  return new Response(CSV_BOM + lines.join(CSV_EOL) + CSV_EOL, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": csvDisposition(`buchung-${booking.id}-statistik.csv`),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
