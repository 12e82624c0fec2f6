/**
 * What the durability tests read back from the database after the load: which acknowledged comments are
 * stored (by their unique markers), the SQLite file's own integrity check, rows pointing at nothing, and
 * rows one transaction writes together that are not all there (comment → its first moderation action,
 * the article's approved count; with a thread subscription → subscriber, subscription, opt-in mail).
 */
import type { TestDb } from "./harness";
import type { Ack } from "./poster";

type Db = TestDb["db"];
const num = (rows: { n: number | bigint }[]) => Number(rows[0]?.n ?? 0);

/** The comments stored with this run's marker, by marker. */
export async function storedComments(db: Db, prefix: string) {
  const rows = await db.comment.findMany({ where: { body: { startsWith: prefix } }, select: { id: true, body: true, authorEmail: true } });
  const byMarker = new Map<string, { id: number; email: string }>();
  for (const r of rows) {
    const marker = /^.*?#\d+#/.exec(r.body)?.[0] ?? r.body;
    if (byMarker.has(marker)) throw new Error(`marker ${marker} stored twice`);
    byMarker.set(marker, { id: r.id, email: r.authorEmail });
  }
  return byMarker;
}

/** Acknowledged posts missing from the database, or stored under another id than the answer named. */
export function lostAcks(acks: Ack[], stored: Map<string, { id: number }>) {
  return acks.filter((a) => stored.get(a.marker)?.id !== a.id).map((a) => `${a.marker} (id ${a.id}, stored ${stored.get(a.marker)?.id ?? "nowhere"})`);
}

/** Every problem found, as text; empty when the database is whole. */
export async function integrityProblems(db: Db, postgres: boolean, prefix: string): Promise<string[]> {
  const problems: string[] = [];
  if (!postgres) {
    const check = await db.$queryRaw<{ integrity_check: string }[]>`PRAGMA integrity_check`;
    const text = check.map((r) => r.integrity_check).join("; ");
    if (text !== "ok") problems.push(`PRAGMA integrity_check: ${text}`);
    const fk = await db.$queryRaw<unknown[]>`PRAGMA foreign_key_check`;
    if (fk.length) problems.push(`PRAGMA foreign_key_check: ${fk.length} rows`);
  }
  const counts: [string, Promise<{ n: number | bigint }[]>][] = [
    ["comments whose article is missing", db.$queryRaw`SELECT count(*) AS n FROM "Comment" c LEFT JOIN "Article" a ON a."id" = c."articleId" WHERE a."id" IS NULL`],
    ["replies whose parent is missing", db.$queryRaw`SELECT count(*) AS n FROM "Comment" c LEFT JOIN "Comment" p ON p."id" = c."parentId" WHERE c."parentId" IS NOT NULL AND p."id" IS NULL`],
    ["moderation actions whose comment is missing", db.$queryRaw`SELECT count(*) AS n FROM "ModerationAction" m LEFT JOIN "Comment" c ON c."id" = m."commentId" WHERE c."id" IS NULL`],
    ["subscriptions whose subscriber is missing", db.$queryRaw`SELECT count(*) AS n FROM "Subscription" s LEFT JOIN "Subscriber" r ON r."id" = s."subscriberId" WHERE r."id" IS NULL`],
    ["outbox mails whose subscriber is missing", db.$queryRaw`SELECT count(*) AS n FROM "OutboxMail" o LEFT JOIN "Subscriber" r ON r."id" = o."subscriberId" WHERE o."subscriberId" IS NOT NULL AND r."id" IS NULL`],
    ["comments without their first moderation action", db.$queryRaw`SELECT count(*) AS n FROM "Comment" c WHERE NOT EXISTS (SELECT 1 FROM "ModerationAction" m WHERE m."commentId" = c."id")`],
    [
      "articles whose approved count differs from their approved comments",
      db.$queryRaw`SELECT count(*) AS n FROM "Article" a WHERE a."approvedComments" <> (SELECT count(*) FROM "Comment" c WHERE c."articleId" = a."id" AND c."status" = 'APPROVED')`,
    ],
  ];
  for (const [what, query] of counts) {
    const n = num(await query);
    if (n) problems.push(`${n} ${what}`);
  }
  // A comment posted with the thread subscription: its transaction wrote the subscriber, the pending
  // subscription and the opt-in mail too.
  const subscribed = await db.comment.findMany({ where: { body: { startsWith: prefix } }, select: { articleId: true, authorEmail: true, body: true } });
  let partial = 0;
  for (const c of subscribed) {
    const n = Number(/#(\d+)#/.exec(c.body)?.[1]);
    if (n % 5 !== 0) continue;
    const subscription = await db.subscription.findFirst({ where: { listKey: `thread:${c.articleId}`, subscriber: { email: c.authorEmail } }, select: { id: true } });
    const mail = await db.outboxMail.count({ where: { to: c.authorEmail } });
    if (!subscription || mail === 0) partial += 1;
  }
  if (partial) problems.push(`${partial} subscribing comments without their subscription or opt-in mail`);
  return problems;
}
