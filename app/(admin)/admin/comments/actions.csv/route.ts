/**
 * GET /admin/comments/actions.csv[?from=YYYY-MM-DD&to=YYYY-MM-DD]: the moderation actions as a CSV
 * download. Route handlers are not behind the page check and proxy.ts is only a first gate, so the
 * session and "comments.moderate" are checked here (401 / 403), before anything is read.
 */
import { getTranslations } from "next-intl/server";
import { exportRangeSchema, streamModerationActionsCsv, type ExportLabels } from "@/features/comments/export";
import { AuthError, authorize } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { csvDisposition, csvFilename } from "@/lib/csv";
import { dayOf } from "@/lib/dates";

export const dynamic = "force-dynamic";

const COLUMNS = ["time", "moderator", "action", "from", "to", "reason", "note", "comment", "article", "email"] as const;

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}

export async function GET(request: Request) {
  const t = await getTranslations("comments.export");
  try {
    await authorize("comments.moderate");
  } catch (error) {
    if (error instanceof AuthError) return error.kind === "unauthenticated" ? plain(401, t("unauthenticated")) : plain(403, t("forbidden"));
    throw error;
  }
  const params = new URL(request.url).searchParams;
  const range = exportRangeSchema.safeParse({ from: params.get("from") || undefined, to: params.get("to") || undefined });
  if (!range.success) return plain(400, t("invalidRange"));

  const labels: ExportLabels = { columns: COLUMNS.map((c) => t(`columns.${c}`)) as ExportLabels["columns"], rules: t("rules") };
  const body = await streamModerationActionsCsv(range.data, labels);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": csvDisposition(csvFilename("moderation", dayOf(await now()))),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
