/**
 * The statements of a moderation decision, as plain SQL that runs on SQLite and PostgreSQL alike. A
 * bulk approval of 1,000 comments cost ~1.5 s through Prisma's query builder (the status guard as a
 * 1,000-pair OR tree, the action rows in createMany chunks of 80); here each step is one statement
 * for up to 1,000 comments, and each returns what the next one needs (RETURNING on both databases).
 * Parameters stay unnamed and untyped, so PostgreSQL reads a status as its enum from the column it
 * is compared with or written to.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CommentStatus } from "@/generated/prisma/enums";
import { inChunks, type Tx } from "@/lib/db";

/** One statement's worth of ids: 1,000 rows of 9 parameters stay far below both databases' limits (32,766 / 65,535). */
const ROWS = 1000;

export type DecisionRow = { id: number; articleId: number; status: CommentStatus; statusBeforeDelete: CommentStatus | null };

/** The comments as they are now (by primary key). */
export async function readComments(tx: Tx, ids: number[]): Promise<DecisionRow[]> {
  const rows: DecisionRow[] = [];
  for (const chunk of inChunks(ids, ROWS)) {
    const found = await tx.$queryRaw<DecisionRow[]>`
      SELECT "id", "articleId", "status", "statusBeforeDelete" FROM "Comment" WHERE "id" IN (${Prisma.join(chunk)})`;
    for (const r of found) rows.push({ ...r, id: Number(r.id), articleId: Number(r.articleId) });
  }
  return rows;
}

export type StatusChange = {
  ids: number[];
  /** The guard: only where the status is still this one (and, when given, statusBeforeDelete still `before`). */
  from: CommentStatus;
  before?: CommentStatus | null;
  to: CommentStatus;
  statusBeforeDelete: CommentStatus | null;
  at: Date;
  actorId: number;
  /** A decision resolves the comment's open reports; an undo leaves the counter as it is. */
  resetReports: boolean;
};

/**
 * Moves the comments that still have `from` to `to`; returns the ones it moved. The guard compares
 * `"status" || ''`: on SQLite a plain `"status" = ?` next to `"id" IN (…)` made the planner walk the
 * [status, createdAt, id] index (all 200,000 pending comments of the bench database) instead of
 * looking each id up; an expression cannot use that index, so each row is found by its primary key.
 * PostgreSQL looks the ids up by primary key either way (enum || text is text there).
 */
export async function moveStatus(tx: Tx, c: StatusChange): Promise<{ id: number; articleId: number }[]> {
  const out: { id: number; articleId: number }[] = [];
  const reports = c.resetReports ? Prisma.sql`, "reportCount" = 0` : Prisma.empty;
  const before = c.before === undefined ? Prisma.empty : Prisma.sql` AND "statusBeforeDelete" IS NOT DISTINCT FROM ${c.before}`;
  for (const chunk of inChunks(c.ids, ROWS)) {
    const rows = await tx.$queryRaw<{ id: number | bigint; articleId: number | bigint }[]>`
      UPDATE "Comment"
      SET "status" = ${c.to}, "statusBeforeDelete" = ${c.statusBeforeDelete}, "decidedAt" = ${c.at}, "decidedById" = ${c.actorId}, "updatedAt" = ${c.at}${reports}
      WHERE "id" IN (${Prisma.join(chunk)}) AND ("status" || '') = ${c.from}${before}
      RETURNING "id", "articleId"`;
    for (const r of rows) out.push({ id: Number(r.id), articleId: Number(r.articleId) });
  }
  return out;
}

export type ActionRow = {
  commentId: number;
  /** null: the rules pipeline decided (a reader's post). */
  actorId: number | null;
  action: string;
  fromStatus: CommentStatus | null;
  toStatus: CommentStatus | null;
  reason?: string | null;
  note?: string | null;
  batchId: string | null;
  createdAt: Date;
};

/** The append-only ModerationAction rows, one multi-row INSERT per 1,000. */
export async function insertActions(tx: Tx, rows: ActionRow[]) {
  for (const chunk of inChunks(rows, ROWS)) {
    const values = chunk.map(
      (r) => Prisma.sql`(${r.commentId}, ${r.actorId}, ${r.action}, ${r.fromStatus}, ${r.toStatus}, ${r.reason ?? null}, ${r.note ?? null}, ${r.batchId}, ${r.createdAt})`,
    );
    await tx.$executeRaw`
      INSERT INTO "ModerationAction" ("commentId", "actorId", "action", "fromStatus", "toStatus", "reason", "note", "batchId", "createdAt")
      VALUES ${Prisma.join(values)}`;
  }
}

/** Marks the open reports of these comments resolved. */
export async function resolveReports(tx: Tx, ids: number[], at: Date) {
  for (const chunk of inChunks(ids, ROWS)) {
    await tx.$executeRaw`UPDATE "CommentReport" SET "resolvedAt" = ${at} WHERE "commentId" IN (${Prisma.join(chunk)}) AND "resolvedAt" IS NULL`;
  }
}

/**
 * Adds each article's delta to its approved counter, all articles in one statement (a bulk approval
 * touches ~300 of them; one UPDATE per distinct delta was ~15 statements); returns their slugs. The
 * article's updatedAt stays: it is the editors' "last edited", and a reader's comment edits nothing.
 */
export async function addApproved(tx: Tx, delta: Map<number, number>): Promise<string[]> {
  const slugs: string[] = [];
  for (const chunk of inChunks([...delta], ROWS / 2)) {
    // CAST: PostgreSQL would read a CASE of untyped parameters as text.
    const cases = Prisma.join(
      chunk.map(([id, d]) => Prisma.sql`WHEN ${id} THEN CAST(${d} AS INTEGER)`),
      " ",
    );
    const rows = await tx.$queryRaw<{ slug: string }[]>`
      UPDATE "Article" SET "approvedComments" = "approvedComments" + CASE "id" ${cases} END
      WHERE "id" IN (${Prisma.join(chunk.map(([id]) => id))})
      RETURNING "slug"`;
    slugs.push(...rows.map((r) => r.slug));
  }
  return slugs;
}
