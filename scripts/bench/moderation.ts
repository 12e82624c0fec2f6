/**
 * The moderation figures: approving pending comments through the very server actions the desk calls
 * (POST with the `Next-Action` id from the build's server-reference manifest, the arguments as the
 * React client encodes them), one at a time for approve_ms and 1,000 at once for bulk_approve_1000_ms.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { DIST_DIR } from "./build";

type Statement = { all(...params: unknown[]): unknown[] };
type Database = { prepare(sql: string): Statement; close(): void };
type DatabaseConstructor = new (file: string, options: { readonly?: boolean; fileMustExist?: boolean }) => Database;
const BetterSqlite3 = createRequire(import.meta.url)("better-sqlite3") as DatabaseConstructor;

const ACTIONS_FILE = "features/comments/moderation-actions.ts";

/** The action id of an exported server action of the desk, from the build's manifest. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === ACTIONS_FILE && v.exportedName === exportedName);
  if (!hit) throw new Error(`server action ${exportedName} not in ${DIST_DIR}'s manifest`);
  return hit[0];
}

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

/** One call of a server action as the browser makes it; resolves with the elapsed milliseconds. */
export async function callAction(base: string, cookie: string, id: string, args: unknown[]): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${base}/admin/comments/pending`, {
    method: "POST",
    headers: { cookie, "next-action": id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: base },
    body: JSON.stringify(args),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  if (res.status !== 200 || !text.includes('"ok":true')) throw new Error(`server action answered ${res.status}: ${text.slice(-400)}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** approve_ms: `count` pending comments approved one after another through decideComment; the median. */
export async function measureApprove(base: string, cookie: string, file: string, count = 50, warmup = 5) {
  const id = actionId("decideComment");
  const ids = pendingIds(file, count + warmup);
  if (ids.length < count + warmup) throw new Error(`only ${ids.length} pending comments`);
  const times: number[] = [];
  for (const [i, commentId] of ids.entries()) {
    const ms = await callAction(base, cookie, id, [{ id: commentId, expected: "PENDING", decision: "approve" }]);
    if (i >= warmup) times.push(ms);
  }
  return median(times);
}

/** bulk_approve_1000_ms: 1,000 checked pending comments approved in one decideCommentsInBulk call (median of 3). */
export async function measureBulkApprove(base: string, cookie: string, file: string, rounds = 3) {
  const id = actionId("decideCommentsInBulk");
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const ids = pendingIds(file, 1000, 100);
    if (ids.length < 1000) throw new Error(`only ${ids.length} pending comments`);
    times.push(await callAction(base, cookie, id, [{ queue: "pending", decision: "approve", ids: ids.map((c) => `${c}:PENDING`) }]));
  }
  return median(times);
}
