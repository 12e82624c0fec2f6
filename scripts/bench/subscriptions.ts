/**
 * subscriber_list_ms: the subscriptions dashboard (/admin/subscriptions) as a MODERATOR, first page,
 * median of sequential requests; the note adds the filtered paths: an e-mail prefix search (`q`) and the
 * status filter, once for the rarest and once for the commonest status.
 */
import { createRequire } from "node:module";
import { medianMs } from "./load";

type Statement = { get(...params: unknown[]): unknown };
type Database = { prepare(sql: string): Statement; close(): void };
type DatabaseConstructor = new (file: string, options: { readonly?: boolean; fileMustExist?: boolean }) => Database;
const BetterSqlite3 = createRequire(import.meta.url)("better-sqlite3") as DatabaseConstructor;

/** A realistic search: the first 6 characters of the middle subscriber's e-mail, with its number of matches. */
function searchTerm(file: string) {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const { email } = db.prepare(`SELECT "email" FROM "Subscriber" WHERE "id" >= (SELECT MAX("id") / 2 FROM "Subscriber") ORDER BY "id" LIMIT 1`).get() as { email: string };
    const q = email.slice(0, 6);
    // The same range the list query walks (e-mails are stored lower-cased).
    const { n } = db.prepare(`SELECT COUNT(*) AS n FROM "Subscriber" WHERE "email" >= ? AND "email" < ?`).get(q, q.slice(0, -1) + String.fromCharCode(q.charCodeAt(q.length - 1) + 1)) as { n: number };
    const { total } = db.prepare(`SELECT COUNT(*) AS total FROM "Subscriber"`).get() as { total: number };
    return { q, matches: n, total };
  } finally {
    db.close();
  }
}

export async function measureSubscriberList(base: string, cookie: string, file: string) {
  const url = `${base}/admin/subscriptions`;
  const value = await medianMs(url, { cookie });
  const search = searchTerm(file);
  const filtered: [string, string][] = [
    [`q=${search.q}`, `e-mail prefix "${search.q}" (${search.matches.toLocaleString("en-US")} subscribers match)`],
    ["status=PENDING", "status PENDING (rarest)"],
    ["status=CONFIRMED", "status CONFIRMED (commonest)"],
  ];
  const parts: string[] = [];
  for (const [query, label] of filtered) parts.push(`${label} ${(await medianMs(`${url}?${query}`, { cookie }, 15)).toFixed(1)} ms`);
  const note =
    `GET /admin/subscriptions as MODERATOR (first page: 50 subscriptions with e-mails and article titles) at ${search.total.toLocaleString("en-US")} subscribers, ` +
    `30 sequential requests after a 3 s warm-up, median client-side time on loopback; filtered first pages (15 after a 3 s warm-up each, median): ${parts.join(", ")}`;
  return { value, note };
}
