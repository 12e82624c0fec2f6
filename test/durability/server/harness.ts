/**
 * What the server-based durability tests share: a fresh database of their own (a SQLite file under
 * data/, or a new PostgreSQL database on TEST_DATABASE_URL's server), migrated and seeded as the e2e
 * server does; the production server (scripts/bench/server.ts) on a fixed port of the 37xx range from
 * the e2e build; and the disk's single-commit latency under the same durability settings.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { startServer, type AppServer } from "@/scripts/bench/server";
import { createPrismaClient, isPostgresUrl } from "@/lib/prisma-client";

const ROOT = path.resolve(import.meta.dirname, "../../..");
export const DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-e2e";
const adminUrl = process.env.TEST_DATABASE_URL ?? "";
export const onPostgres = isPostgresUrl(adminUrl);

export type TestDb = { url: string; db: ReturnType<typeof createPrismaClient>; drop: () => Promise<void> };

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** A migrated, seeded database only this test uses; `drop` removes it. */
export async function freshDatabase(port: number): Promise<TestDb> {
  let url: string;
  let remove: () => Promise<void>;
  if (onPostgres) {
    const name = `newsdesk_durability_${port}_${randomBytes(3).toString("hex")}`;
    await admin(`CREATE DATABASE "${name}"`);
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    remove = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    const file = path.join(ROOT, "data", `durability-${port}.db`);
    const clean = () => ["", "-wal", "-shm", "-journal"].forEach((s) => fs.rmSync(file + s, { force: true }));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    clean();
    url = `file:./data/durability-${port}.db`;
    remove = async () => clean();
  }
  const env = { ...process.env, DATABASE_URL: url };
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env, stdio: "pipe" });
  execFileSync("npx", ["tsx", "prisma/seed.ts"], { cwd: ROOT, env, stdio: "pipe" });
  const db = createPrismaClient(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await remove();
    },
  };
}

/** `ready`: up once this says so (the kill loop: once the new process has acknowledged a comment). */
export function serve(url: string, port: number, ready?: () => boolean): Promise<AppServer> {
  // Readers are told apart by X-Forwarded-For (as behind a reverse proxy); the mail sender and the
  // background jobs run as in production (no SMTP server: mail stays in the outbox).
  return startServer(url, () => {}, { NEWSDESK_TRUST_PROXY: "1", NEWSDESK_MAIL_SENDER: "1" }, {
    port,
    distDir: DIST_DIR,
    // Up means answering: a route without rendering, so a restart under load is not timed by the home page.
    readyPath: "/robots.txt",
    ready,
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

type Sqlite = { exec(sql: string): void; prepare(sql: string): { run(...a: unknown[]): unknown; get(): Record<string, unknown> }; close(): void };

/**
 * The median time of `count` single-row INSERT commits, each its own transaction, on a scratch table
 * with the app's durability settings: for SQLite a scratch file beside the test database (same disk) in
 * WAL with synchronous=FULL, for PostgreSQL a scratch table in the test database with synchronous_commit on.
 */
export async function commitLatencyMs(url: string, count = 200): Promise<{ median: number; settings: string }> {
  const times: number[] = [];
  if (isPostgresUrl(url)) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query("SET synchronous_commit = on");
      await c.query('CREATE TABLE "_commit_probe" (id serial PRIMARY KEY, v text NOT NULL)');
      for (let i = 0; i < count; i++) {
        const t = performance.now();
        await c.query('INSERT INTO "_commit_probe" (v) VALUES ($1)', [`row ${i}`]);
        times.push(performance.now() - t);
      }
      const fsync = (await c.query("SHOW fsync")).rows[0].fsync;
      await c.query('DROP TABLE "_commit_probe"');
      return { median: median(times), settings: `synchronous_commit=on fsync=${fsync}` };
    } finally {
      await c.end();
    }
  }
  const Database = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Sqlite;
  const file = path.join(ROOT, url.slice("file:".length).replace(/\.db$/, "-commit-probe.db"));
  const clean = () => ["", "-wal", "-shm"].forEach((s) => fs.rmSync(file + s, { force: true }));
  clean();
  const sqlite = new Database(file);
  try {
    sqlite.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE probe (id INTEGER PRIMARY KEY, v TEXT NOT NULL)");
    const insert = sqlite.prepare("INSERT INTO probe (v) VALUES (?)");
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      insert.run(`row ${i}`);
      times.push(performance.now() - t);
    }
    const mode = sqlite.prepare("PRAGMA journal_mode").get().journal_mode;
    const sync = sqlite.prepare("PRAGMA synchronous").get().synchronous;
    return { median: median(times), settings: `journal_mode=${mode} synchronous=${sync === 2 ? "FULL" : sync}` };
  } finally {
    sqlite.close();
    clean();
  }
}

export { median };
