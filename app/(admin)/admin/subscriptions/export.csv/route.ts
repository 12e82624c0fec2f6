/**
 * GET /admin/subscriptions/export.csv?<the list's filters>: the subscriptions as a streamed CSV download.
 * Route handlers are not behind the page check, so the session and "subscriptions.manage" are checked
 * here (401 / 403) before anything is read.
 */
import { getTranslations } from "next-intl/server";
import { parseSubscriptionFilters } from "@/features/subscriptions/admin-params";
import { streamSubscriptionsCsv } from "@/features/subscriptions/export";
import { AuthError, authorize } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { csvDisposition, csvFilename } from "@/lib/csv";
import { dayOf } from "@/lib/dates";

export const dynamic = "force-dynamic";

const COLUMNS = ["email", "kind", "article", "status", "consentVersion", "requested", "confirmed", "unsubscribed"] as const;
const STATUSES = ["PENDING", "CONFIRMED", "UNSUBSCRIBED"] as const;

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}

export async function GET(request: Request) {
  const [t, errors, status] = await Promise.all([getTranslations("subscriptions.admin.csv"), getTranslations("common.errors"), getTranslations("subscriptions.admin.status")]);
  try {
    await authorize("subscriptions.manage");
  } catch (error) {
    if (error instanceof AuthError) return error.kind === "unauthenticated" ? plain(401, errors("unauthenticated")) : plain(403, errors("forbidden"));
    throw error;
  }
  const filters = parseSubscriptionFilters(Object.fromEntries(new URL(request.url).searchParams));
  const body = await streamSubscriptionsCsv(filters, {
    columns: COLUMNS.map((c) => t(c)),
    newsletter: t("newsletter"),
    thread: t("thread"),
    status: Object.fromEntries(STATUSES.map((s) => [s, status(s)])),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": csvDisposition(csvFilename("abonnements", dayOf(await now()))),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
