/**
 * The moderation figures: approving pending comments through the very endpoint the desk calls
 * (POST /admin/comments/decisions with the desk's JSON), one at a time for approve_ms and 1,000 at once
 * for bulk_approve_1000_ms.
 */
import { createRequire } from "node:module";
import { median, request, warmUp } from "./load";

type Statement = { all(...params: unknown[]): unknown[] };
type Database = { prepare(sql: string): Statement; close(): void };
type DatabaseConstructor = new (file: string, options: { readonly?: boolean; fileMustExist?: boolean }) => Database;
const BetterSqlite3 = createRequire(import.meta.url)("better-sqlite3") as DatabaseConstructor;

/** The newest pending comments (the top of the queue the moderator sees). */
export function pendingIds(file: string, count: number, skip = 0): number[] {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(`SELECT "id" FROM "Comment" WHERE "status" = 'PENDING' ORDER BY "createdAt" DESC, "id" DESC LIMIT ? OFFSET ?`).all(count, skip) as { id: number }[];
    return rows.map((r) => r.id);
  } finally {
    db.close();
  }
}

/** One desk command as the desk sends it; resolves with the elapsed milliseconds. */
export async function postDecision(base: string, cookie: string, body: Record<string, unknown>): Promise<number> {
  const started = performance.now();
  const res = await request(`${base}/admin/comments/decisions`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", origin: base },
    body: JSON.stringify(body),
  });
  const ms = performance.now() - started;
  const text = res.body.toString("utf8");
  if (res.status !== 200 || !text.includes('"ok":true')) throw new Error(`the desk's route answered ${res.status}: ${text.slice(-400)}`);
  return ms;
}

/** approve_ms: pending comments approved one after another (command "decide") for the warm-up, then `count` more; their median. */
export async function measureApprove(base: string, cookie: string, file: string, count = 50) {
  // The warm-up approves ~100-150 a second: enough ids for it and the measured ones.
  const ids = pendingIds(file, count + 1000);
  if (ids.length < count + 1000) throw new Error(`only ${ids.length} pending comments`);
  const approve = (commentId: number) => postDecision(base, cookie, { command: "decide", id: commentId, expected: "PENDING", decision: "approve" });
  let next = 0;
  await warmUp(() => {
    if (next >= ids.length - count) throw new Error("the warm-up used up the pending comments it was given");
    return approve(ids[next++]);
  });
  const times: number[] = [];
  for (const commentId of ids.slice(next, next + count)) times.push(await approve(commentId));
  return median(times);
}

/** bulk_approve_1000_ms: 1,000 checked pending comments approved in one "bulk" command (median of 3). */
export async function measureBulkApprove(base: string, cookie: string, file: string, rounds = 3) {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const ids = pendingIds(file, 1000, 100);
    if (ids.length < 1000) throw new Error(`only ${ids.length} pending comments`);
    times.push(await postDecision(base, cookie, { command: "bulk", queue: "pending", decision: "approve", ids: ids.map((c) => `${c}:PENDING`) }));
  }
  return median(times);
}
