/**
 * The statistics CSV of a booking or a slot: impressions, clicks and CTR per day, for ad managers.
 * One answer for both routes: a malformed or unknown id is a 404, no session a 401, another role a 403.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { ctr } from "@/features/ads/queries";
import { AuthError } from "@/lib/auth/session";
import { CSV_BOM, csvDisposition, csvRow } from "@/lib/csv";

type DayStats = { day: string; impressions: number; clicks: number };

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}

/** `load` checks the session and role (the queries do) and returns null for an unknown id. */
export async function statsCsvResponse(rawId: string, load: (id: number) => Promise<{ filename: string; stats: DayStats[] } | null>) {
  const [t, errors] = await Promise.all([getTranslations("ads.booking"), getTranslations("common.errors")]);
  if (!/^[1-9]\d{0,9}$/.test(rawId)) return plain(404, "");
  let found;
  try {
    found = await load(Number(rawId));
  } catch (error) {
    if (error instanceof AuthError) return error.kind === "unauthenticated" ? plain(401, errors("unauthenticated")) : plain(403, errors("forbidden"));
    throw error;
  }
  if (!found) return plain(404, "");
  // csvRow ends each line in CRLF itself.
  const lines = [
    csvRow([t("day"), t("impressions"), t("clicks"), t("ctr")]),
    ...found.stats.map((d) => csvRow([d.day, d.impressions, d.clicks, ctr(d.clicks, d.impressions).toFixed(4)])),
  ];
  return new Response(CSV_BOM + lines.join(""), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": csvDisposition(found.filename),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
