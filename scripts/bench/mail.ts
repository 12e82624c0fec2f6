/**
 * mail_send_per_s: the outbox delivered by the production path. An app server with its in-process sender
 * on (instrumentation.ts → lib/mail/runner.ts → lib/mail/sender.ts over lib/mail/transport.ts's pooled
 * nodemailer) and SMTP_URL pointing at a local SMTP server (scripts/bench/smtp-sink.mjs, its own
 * process); 100,000 realistic mails (~2 KB text + HTML, List-Unsubscribe) inserted as QUEUED rows in
 * one transaction; timed from that commit until the server has received every one and the database
 * shows nothing due or in flight.
 *
 * The bench database keeps the notifications earlier runs queued (the measured server runs without a
 * sender). So that the figure sends exactly its own mails and leaves the database as it found it, that
 * backlog is parked for the figure (its due time moved PARK_YEARS ahead, then back) and the bench rows
 * are deleted afterwards. Both steps are undone at the start of the next figure if a run was killed.
 */
import { fork, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { startServer, type AppServer } from "./server";

type RunResult = { changes: number; lastInsertRowid: number | bigint };
type Statement = { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[]; run(...params: unknown[]): RunResult };
type Database = { prepare(sql: string): Statement; exec(sql: string): void; pragma(sql: string): unknown; transaction<T>(fn: () => T): () => T; close(): void };
type DatabaseConstructor = new (file: string, options: { fileMustExist?: boolean; timeout?: number }) => Database;
const BetterSqlite3 = createRequire(import.meta.url)("better-sqlite3") as DatabaseConstructor;

export const MAIL_COUNT = 100_000;
const KIND = "bench";
/** Parked rows are due in the year 7026 and later; nothing else is ever scheduled that far out. */
const PARK_YEARS = 5000;
const PARKED_FROM = "7000";

/** DateTime as the Prisma adapter stores it (ISO text with +00:00), so that comparisons with its values hold. */
const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
/**
 * The year of a DateTime column, as text. Compared directly, '7000' would not do: the columns are
 * declared DATETIME (NUMERIC affinity), so SQLite turns the literal into the number 7000, and any text
 * sorts above any number.
 */
const year = (column: string) => `substr("${column}", 1, 4)`;
const shiftYear = (column: string, years: number) => `printf('%04d', CAST(substr("${column}", 1, 4) AS INTEGER) + ${years}) || substr("${column}", 5)`;

/** Undoes what an interrupted run left: bench rows, parked backlog. Returns what it found. */
function cleanUp(db: Database) {
  const deleted = db.prepare(`DELETE FROM "OutboxMail" WHERE "kind" = ?`).run(KIND).changes;
  const restored = db
    .prepare(
      `UPDATE "OutboxMail" SET "nextAttemptAt" = ${shiftYear("nextAttemptAt", -PARK_YEARS)},
         "lockedUntil" = CASE WHEN ${year("lockedUntil")} >= '${PARKED_FROM}' THEN ${shiftYear("lockedUntil", -PARK_YEARS)} ELSE "lockedUntil" END
       WHERE "status" IN ('QUEUED', 'SENDING') AND ${year("nextAttemptAt")} >= '${PARKED_FROM}'`,
    )
    .run().changes;
  return { deleted, restored };
}

/** Moves the backlog (queued or claimed mail of the app) out of the sender's reach for the figure. */
function park(db: Database) {
  return db
    .prepare(
      `UPDATE "OutboxMail" SET "nextAttemptAt" = ${shiftYear("nextAttemptAt", PARK_YEARS)},
         "lockedUntil" = CASE WHEN "lockedUntil" IS NULL THEN NULL ELSE ${shiftYear("lockedUntil", PARK_YEARS)} END
       WHERE "status" IN ('QUEUED', 'SENDING') AND "kind" <> ? AND ${year("nextAttemptAt")} < '${PARKED_FROM}'`,
    )
    .run(KIND).changes;
}

/** A notification-sized mail: ~1 KB text, ~1.2 KB HTML, the List-Unsubscribe headers of lib/mail's real mails. */
function benchMail(run: string, i: number) {
  const title = `Stadtrat beschließt neue Radwege am Hafen – Debatte Nr. ${i}`;
  const link = `https://newsdesk.example/artikel/stadtrat-radwege-hafen-${i}#kommentar-${1000 + i}`;
  const quote = "Ich finde, die Stadt sollte zuerst die Kreuzung an der Hafenstraße entschärfen, bevor neue Wege gebaut werden. ".repeat(4);
  const text = `Hallo,\n\nzu „${title}“ gibt es einen neuen Kommentar:\n\n${quote}\n\nZum Kommentar: ${link}\n\nSie erhalten diese Nachricht, weil Sie die Diskussion abonniert haben. Abmelden: https://newsdesk.example/abo/abmelden/${run}.${i}\n\nIhre Redaktion\n`;
  const html = `<!doctype html><html lang="de"><body style="font-family:Georgia,serif;max-width:36em"><p>Hallo,</p><p>zu <a href="${link}">„${title}“</a> gibt es einen neuen Kommentar:</p><blockquote style="border-left:3px solid #ccc;margin:0;padding-left:1em">${quote}</blockquote><p><a href="${link}">Zum Kommentar</a></p><hr><p style="font-size:small;color:#666">Sie erhalten diese Nachricht, weil Sie die Diskussion abonniert haben. <a href="https://newsdesk.example/abo/abmelden/${run}.${i}">Abmelden</a></p><p>Ihre Redaktion</p></body></html>`;
  const headers = JSON.stringify({ "List-Unsubscribe": `<https://newsdesk.example/api/abo/abmelden/${run}.${i}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  return { messageId: `<bench-${run}-${i}@newsdesk.example>`, to: `leser${i}@bench.example`, subject: `Neuer Kommentar: ${title}`, text, html, headers };
}

type SinkStats = { received: number; unique: number; duplicates: number; bytes: number; activeMs: number };

/** scripts/bench/smtp-sink.mjs in a child process; answers stats requests in order. */
async function startSink() {
  const child: ChildProcess = fork(path.join("scripts", "bench", "smtp-sink.mjs"), [], { stdio: ["ignore", "ignore", "inherit", "ipc"], execArgv: [] });
  const waiting: ((m: unknown) => void)[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the SMTP sink exited (${code})`)));
    child.once("message", (m) => resolve((m as { port: number }).port));
  });
  child.on("message", (m) => waiting.shift()?.(m));
  return {
    url: `smtp://127.0.0.1:${port}`,
    stats: () =>
      new Promise<SinkStats>((resolve) => {
        waiting.push((m) => resolve(m as SinkStats));
        child.send("stats");
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.send("close");
        setTimeout(() => child.kill("SIGKILL"), 5000).unref();
      }),
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function measureMailSend(
  databaseUrl: string,
  file: string,
  log: (line: string) => void,
  onServer: (server: AppServer | null) => void,
  count = MAIL_COUNT,
): Promise<{ value: number; note: string }> {
  const db = new BetterSqlite3(file, { fileMustExist: true, timeout: 30_000 });
  let server: AppServer | null = null;
  let sink: Awaited<ReturnType<typeof startSink>> | null = null;
  try {
    const left = cleanUp(db);
    if (left.deleted + left.restored > 0) log(`mail_send_per_s: an earlier run left ${left.deleted} bench mails and ${left.restored} parked mails; cleaned up`);
    const parked = park(db);
    sink = await startSink();
    server = await startServer(databaseUrl, log, { NEWSDESK_MAIL_SENDER: "1", NEWSDESK_JOBS: "0", SMTP_URL: sink.url, MAIL_FROM: "Newsdesk Bench <noreply@newsdesk.example>" });
    onServer(server);

    const run = randomBytes(4).toString("hex");
    const insertStarted = performance.now();
    const due = iso(new Date(Date.now() - 1000));
    const insert = db.prepare(
      `INSERT INTO "OutboxMail" ("messageId", "kind", "to", "subject", "text", "html", "headers", "status", "attempts", "nextAttemptAt", "createdAt")
       VALUES (?, '${KIND}', ?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)`,
    );
    const ids = db.transaction(() => {
      let first = 0;
      let last = 0;
      for (let i = 0; i < count; i++) {
        const m = benchMail(run, i);
        last = Number(insert.run(m.messageId, m.to, m.subject, m.text, m.html, m.headers, due, due).lastInsertRowid);
        if (i === 0) first = last;
      }
      return { first, last };
    })();
    const started = performance.now();
    const insertMs = started - insertStarted;
    log(`mail_send_per_s: ${count.toLocaleString("en-US")} mails queued in ${(insertMs / 1000).toFixed(1)} s (${parked} backlog mails parked); delivering...`);

    // Done when the sink has them all and nothing is due or in flight any more (retries wait for their backoff).
    const pending = db.prepare(
      `SELECT COUNT(*) AS n FROM "OutboxMail" WHERE ("status" = 'SENDING' OR ("status" = 'QUEUED' AND "nextAttemptAt" <= ?)) AND ${year("nextAttemptAt")} < '${PARKED_FROM}'`,
    );
    let stats = await sink.stats();
    let lastProgress = { at: performance.now(), received: 0 };
    let lastLog = performance.now();
    for (;;) {
      await sleep(stats.received < count ? 100 : 50);
      stats = await sink.stats();
      const t = performance.now();
      if (stats.received !== lastProgress.received) lastProgress = { at: t, received: stats.received };
      if (t - lastLog > 15_000) {
        log(`  ${stats.received.toLocaleString("en-US")} received after ${((t - started) / 1000).toFixed(0)} s`);
        lastLog = t;
      }
      if (stats.received >= count && (pending.get(iso(new Date())) as { n: number }).n === 0) break;
      if (t - lastProgress.at > 60_000) throw new Error(`delivery stalled at ${stats.received} of ${count} mails`);
    }
    const seconds = (performance.now() - started) / 1000;
    const byStatus = Object.fromEntries(
      (db.prepare(`SELECT "status", COUNT(*) AS n FROM "OutboxMail" WHERE "id" BETWEEN ? AND ? GROUP BY "status"`).all(ids.first, ids.last) as { status: string; n: number }[]).map((r) => [r.status, r.n]),
    );
    const sent = byStatus.SENT ?? 0;
    const others = Object.entries(byStatus).filter(([s]) => s !== "SENT");
    const note =
      `${count.toLocaleString("en-US")} QUEUED outbox rows (~${((benchMail(run, 0).text.length + benchMail(run, 0).html.length) / 1024).toFixed(1)} KB text + HTML, List-Unsubscribe headers) inserted in one transaction (${(insertMs / 1000).toFixed(1)} s, not timed), ` +
      `delivered by the app server's own sender (instrumentation.ts → lib/mail/runner.ts, NEWSDESK_MAIL_SENDER=1, SMTP_URL → pooled nodemailer) to smtp-server in a child process (drains each message, reads only its Message-ID); ` +
      `timed from the commit until all were received and the DB showed none due or in flight: ${sent.toLocaleString("en-US")} SENT in ${seconds.toFixed(1)} s` +
      (others.length > 0 ? ` (${others.map(([s, n]) => `${n} ${s}`).join(", ")})` : "") +
      `; received ${stats.received.toLocaleString("en-US")}, ${stats.duplicates} twice; first to last arrival ${(stats.activeMs / 1000).toFixed(1)} s; ` +
      `the ${parked.toLocaleString("en-US")} mails of the DB's own backlog were held back during the figure, the bench rows deleted afterwards`;
    return { value: sent / seconds, note };
  } finally {
    await server?.stop();
    onServer(null);
    await sink?.close();
    const after = cleanUp(db);
    log(`mail_send_per_s: deleted ${after.deleted.toLocaleString("en-US")} bench mails, restored ${after.restored.toLocaleString("en-US")} parked mails`);
    // The WAL grew by the inserts and updates; the app is stopped, so it can be folded back and truncated.
    try {
      db.pragma("wal_checkpoint(TRUNCATE)");
    } catch {
      // another connection is busy: the next checkpoint does it
    }
    db.close();
  }
}
