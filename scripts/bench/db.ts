/**
 * The bench database: its own SQLite file at the bench size, created once (migrate deploy, demo seed,
 * volume generator), kept as the starting state, and copied from it at the start of every run.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import { generateVolume, type VolumeOptions, type VolumeReport } from "../seed-volume";

// better-sqlite3 ships no types (see scripts/seed-volume.ts): the few calls used here, typed locally.
type Statement = { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
type Database = { prepare(sql: string): Statement; close(): void };
type DatabaseConstructor = new (file: string, options: { readonly?: boolean; fileMustExist?: boolean; timeout?: number }) => Database;
const BetterSqlite3 = createRequire(import.meta.url)("better-sqlite3") as DatabaseConstructor;

export type BenchSize = Pick<VolumeOptions, "articles" | "comments" | "pending" | "subscribers">;

export function benchSize(small: boolean): BenchSize {
  const f = small ? 10 : 1;
  return { articles: 100_000 / f, comments: 5_000_000 / f, pending: 200_000 / f, subscribers: 1_000_000 / f };
}

export const fileOfUrl = (url: string) => url.replace(/^file:/, "").replace(/\?.*$/, "");

function removeDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

function query<R>(file: string, sql: string, ...params: unknown[]): R[] {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, timeout: 10_000 });
  try {
    return db.prepare(sql).all(...params) as R[];
  } finally {
    db.close();
  }
}

/** The marker: a database counts as ready when it holds at least the bench's comments. */
function commentCount(file: string) {
  if (!fs.existsSync(file)) return -1;
  try {
    return query<{ n: number }>(file, `SELECT COUNT(*) AS n FROM "Comment"`)[0].n;
  } catch {
    return -1;
  }
}

function migrate(url: string) {
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

/** Migrated and demo-seeded, as the app's own scripts do it. */
function createEmpty(url: string, log: (line: string) => void) {
  removeDatabase(fileOfUrl(url));
  fs.mkdirSync("data", { recursive: true });
  const env = { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" };
  log(`  prisma migrate deploy (${url})`);
  migrate(url);
  log("  demo seed");
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { env, stdio: ["ignore", "ignore", "inherit"] });
}

export type PreparedDatabase = { url: string; created: boolean; report: VolumeReport | null };

/**
 * The bench's starting state, kept beside its database (data/bench.start.db). A run changes what it
 * measures: it approves ~4,000 of the newest pending comments and posts a few thousand. Run after run,
 * the pending comments left were scattered among approved ones, and the same build measured
 * bulk_approve_1000_ms 176 ms on a fresh database and 307 ms on one used for a few sessions. So every
 * run starts from a copy of this file (~11 s for 4.3 GB) and figures stay comparable between runs.
 */
export const startStateOf = (file: string) => file.replace(/(\.db)?$/, ".start.db");

/** Everything in the main file, the write-ahead log emptied: a plain file copy is then the whole database. */
function checkpoint(file: string) {
  const db = new BetterSqlite3(file, { fileMustExist: true, timeout: 10_000 });
  try {
    db.prepare("PRAGMA wal_checkpoint(TRUNCATE)").all();
  } finally {
    db.close();
  }
}

function copyDatabase(from: string, to: string) {
  checkpoint(from);
  removeDatabase(to);
  fs.copyFileSync(from, to);
}

export async function prepareDatabase(url: string, size: BenchSize, log: (line: string) => void): Promise<PreparedDatabase> {
  const file = fileOfUrl(url);
  const start = startStateOf(file);
  const kept = commentCount(start);
  if (kept >= size.comments) {
    log(`starting from ${start} (${kept.toLocaleString("en-US")} comments): applying new migrations, copying it to ${file}`);
    // Migrations committed since it was made (new indexes, say) go into the starting state, once.
    migrate(`file:${start}`);
    copyDatabase(start, file);
    return { url, created: false, report: null };
  }
  const count = commentCount(file);
  if (count >= size.comments) {
    // Made before starting states were kept: its present state becomes the starting one.
    log(`database ${file} is ready (${count.toLocaleString("en-US")} comments), reused; applying new migrations, keeping it as ${start}`);
    migrate(url);
    copyDatabase(file, start);
    return { url, created: false, report: null };
  }
  removeDatabase(start);
  log(`creating ${file}: ${size.articles} articles, ${size.comments} comments (${size.pending} pending), ${size.subscribers} subscribers`);
  createEmpty(url, log);
  const report = await generateVolume(url, { ...size, log: (line) => log(`  ${line}`) });
  log(`  generated in ${report.seconds.total.toFixed(1)} s, ${report.databaseSize}; keeping it as ${start}`);
  copyDatabase(file, start);
  return { url, created: true, report };
}

/**
 * Reads the database file once, so that the figures measure the app and not this machine's disk: the
 * sandbox reclaims idle page cache, and with the 4.7 GB file gone cold two runs of one build gave
 * comment_post_rps 30 instead of 216 and bulk_approve_1000_ms 1,177 ms instead of 58. A production
 * database server keeps its working set in memory.
 */
export async function warmPageCache(url: string, log: (line: string) => void) {
  const file = fileOfUrl(url);
  const started = performance.now();
  let bytes = 0;
  for (const part of [file, `${file}-wal`]) {
    if (!fs.existsSync(part)) continue;
    for await (const chunk of fs.createReadStream(part, { highWaterMark: 8 << 20 })) bytes += (chunk as Buffer).length;
  }
  log(`read ${file} once into the OS page cache (${(bytes / 1e9).toFixed(1)} GB in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * seed_1m_comments_s on request: a scratch database with the volume generator writing 1,000,000
 * comments (and the articles they need), comments phase only.
 */
export async function measureSeed1m(log: (line: string) => void) {
  const url = "file:./data/bench-seed-1m.db";
  createEmpty(url, log);
  try {
    const report = await generateVolume(url, { articles: 20_000, comments: 1_000_000, pending: 40_000, subscribers: 0, bookings: 0, surfWeeks: 0 });
    return report.seconds.comments;
  } finally {
    removeDatabase(fileOfUrl(url));
  }
}

export type Targets = { typicalSlug: string; typicalComments: number; hotSlug: string; hotComments: number; candidates: string[] };

/** Reader pages to load: a typical article (15-30 approved comments) and the one with the most comments. */
export function pickArticles(file: string, hotArticleId: number | null): Targets {
  const now = new Date().toISOString().replace("Z", "+00:00");
  const live = `"deletedAt" IS NULL AND "status" IN ('SCHEDULED', 'PUBLISHED') AND "publishAt" <= ? AND ("unpublishAt" IS NULL OR "unpublishAt" > ?)`;
  type Row = { slug: string; approvedComments: number };
  const typical = query<Row>(
    file,
    `SELECT "slug", "approvedComments" FROM "Article" WHERE ${live} AND "approvedComments" BETWEEN 15 AND 30
     ORDER BY ABS("approvedComments" - 20), "id" LIMIT 5`,
    now,
    now,
  );
  const hot =
    (hotArticleId !== null ? query<Row>(file, `SELECT "slug", "approvedComments" FROM "Article" WHERE "id" = ?`, hotArticleId)[0] : undefined) ??
    query<Row>(file, `SELECT "slug", "approvedComments" FROM "Article" WHERE ${live} ORDER BY "approvedComments" DESC LIMIT 1`, now, now)[0];
  if (typical.length === 0 || !hot) throw new Error(`no suitable articles in ${file}`);
  return {
    typicalSlug: typical[0].slug,
    typicalComments: typical[0].approvedComments,
    hotSlug: hot.slug,
    hotComments: hot.approvedComments,
    candidates: typical.map((r) => r.slug),
  };
}
