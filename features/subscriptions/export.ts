/**
 * The subscriber list as CSV, streamed: each pull reads the next 1,000 rows along the id, so a list of
 * 1,000,000 never sits in memory. Cells are neutralized against formulas (lib/csv.ts). Exporting
 * personal data is audited.
 */
import "server-only";
import type { SubscriptionFilters } from "@/features/subscriptions/admin-params";
import { readSubscriptionRows } from "@/features/subscriptions/admin-queries";
import { audit } from "@/lib/audit";
import { authorize } from "@/lib/auth/session";
import { CSV_BOM, csvRow } from "@/lib/csv";
import { db } from "@/lib/db";

const BATCH = 1000;

export type SubscriptionCsvLabels = { columns: string[]; newsletter: string; thread: string; status: Record<string, string> };

export async function streamSubscriptionsCsv(filters: SubscriptionFilters, labels: SubscriptionCsvLabels, batch = BATCH): Promise<ReadableStream<Uint8Array>> {
  const staff = await authorize("subscriptions.manage");
  // The whole filtered list, not the page the list shows.
  const scope: SubscriptionFilters = { ...filters, cursor: undefined };
  await db.$transaction((tx) => audit(tx, { actorId: staff.id, action: "subscriptions.export", targetType: "subscription", summary: "export subscriptions", data: scope }));
  const encoder = new TextEncoder();
  let afterId = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(CSV_BOM + csvRow(labels.columns)));
    },
    async pull(controller) {
      try {
        const rows = await readSubscriptionRows(scope, null, { after: afterId, take: batch });
        if (rows.length > 0) {
          afterId = rows[rows.length - 1].id;
          const text = rows
            .map((r) =>
              csvRow([
                r.subscriber.email,
                r.articleId ? labels.thread : labels.newsletter,
                r.articleTitle ?? "",
                labels.status[r.status] ?? r.status,
                r.consentVersion,
                r.requestedAt,
                r.confirmedAt,
                r.unsubscribedAt,
              ]),
            )
            .join("");
          controller.enqueue(encoder.encode(text));
        }
        if (rows.length < batch) controller.close();
      } catch (error) {
        console.error("subscriptions export failed", error);
        controller.error(error);
      }
    },
  });
}
