/**
 * The moderation actions as CSV (GET /admin/comments/actions.csv): every decision with who made it,
 * from -> to, reason, note, the comment, its article and the commenter's e-mail. Streamed in keyset
 * batches of EXPORT_BATCH along the primary key, so a log of millions of rows is never held in memory
 * and each batch costs what the first does. Cells go through lib/csv.ts (quoting and formula
 * neutralizing). The caller is checked here, before the stream starts, and the export is audited:
 * it carries commenters' e-mail addresses.
 */
import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { audit } from "@/lib/audit";
import { authorize } from "@/lib/auth/session";
import { CSV_BOM, csvRow } from "@/lib/csv";
import { addDaysToDay, startOfBerlinDay } from "@/lib/dates";
import { db } from "@/lib/db";

export const EXPORT_BATCH = 1000;

// A real calendar day: 2003-02-30 does not survive the round trip through Date.
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => {
    const at = Date.parse(`${d}T12:00:00Z`);
    return !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === d;
  }, "not a calendar day");

/** `from` and `to` (Berlin calendar days, both included), each optional; from must not be after to. */
export const exportRangeSchema = z
  .object({ from: day.optional(), to: day.optional() })
  .refine((r) => !r.from || !r.to || r.from <= r.to, "from after to");

export type ExportRange = z.output<typeof exportRangeSchema>;

export type ExportLabels = {
  columns: [time: string, moderator: string, action: string, from: string, to: string, reason: string, note: string, comment: string, article: string, email: string];
  /** The moderator column when the rules pipeline (or a reader's report) acted. */
  rules: string;
};

function rangeWhere(range: ExportRange): Prisma.ModerationActionWhereInput {
  const createdAt: Prisma.DateTimeFilter = {};
  if (range.from) createdAt.gte = startOfBerlinDay(range.from);
  if (range.to) createdAt.lt = startOfBerlinDay(addDaysToDay(range.to, 1));
  return range.from || range.to ? { createdAt } : {};
}

/** One batch after `afterId`, oldest first (ids grow with time). */
export function exportBatch(range: ExportRange, afterId: number, take = EXPORT_BATCH) {
  return db.moderationAction.findMany({
    where: { ...rangeWhere(range), id: { gt: afterId } },
    orderBy: { id: "asc" },
    take,
    select: {
      id: true,
      createdAt: true,
      action: true,
      fromStatus: true,
      toStatus: true,
      reason: true,
      note: true,
      commentId: true,
      actor: { select: { name: true } },
      comment: { select: { authorEmail: true, article: { select: { title: true } } } },
    },
  });
}

/**
 * The CSV as a byte stream (UTF-8 with BOM, CRLF lines). Authorizes first: throws AuthError before any
 * byte is produced. Each pull reads one batch, so a slow client slows the reads instead of filling memory.
 */
export async function streamModerationActionsCsv(range: ExportRange, labels: ExportLabels, batch = EXPORT_BATCH): Promise<ReadableStream<Uint8Array>> {
  const staff = await authorize("comments.moderate");
  await db.$transaction((tx) =>
    audit(tx, {
      actorId: staff.id,
      action: "comment.actions.export",
      targetType: "comment",
      summary: `export moderation actions${range.from || range.to ? ` ${range.from ?? "…"} – ${range.to ?? "…"}` : ""}`,
      data: { from: range.from, to: range.to },
    }),
  );
  const encoder = new TextEncoder();
  let afterId = 0;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(labels.columns)));
      },
      async pull(controller) {
        try {
          const rows = await exportBatch(range, afterId, batch);
          if (rows.length > 0) {
            afterId = rows[rows.length - 1].id;
            const text = rows
              .map((r) =>
                csvRow([r.createdAt, r.actor?.name ?? labels.rules, r.action, r.fromStatus, r.toStatus, r.reason, r.note, r.commentId, r.comment.article.title, r.comment.authorEmail]),
              )
              .join("");
            controller.enqueue(encoder.encode(text));
          }
          if (rows.length < batch) controller.close();
        } catch (error) {
          console.error("moderation export failed", error);
          controller.error(error);
        }
      },
    },
    { highWaterMark: 1 },
  );
}
