/**
 * The bench database's starting state: every run starts from the same comments, whatever the last run
 * approved or posted. A tiny bench database of its own (migrate, demo seed, volume generator); SQLite
 * only, as the bench itself.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { prepareDatabase, startStateOf } from "./db";

type Database = { prepare(sql: string): { get(): unknown; run(): unknown }; close(): void };
const BetterSqlite3 = createRequire(import.meta.url)("better-sqlite3") as new (file: string) => Database;

const file = `data/bench-test-${process.pid}.db`;
const url = `file:./${file}`;
const size = { articles: 20, comments: 300, pending: 40, subscribers: 10 };
const quiet = () => {};

function sql<R>(statement: string): R {
  const db = new BetterSqlite3(file);
  try {
    return db.prepare(statement).get() as R;
  } finally {
    db.close();
  }
}

const pending = () => sql<{ n: number }>(`SELECT COUNT(*) AS n FROM "Comment" WHERE "status" = 'PENDING'`).n;
/** What a bench run does to its database: it approves pending comments. */
const approveAll = () => sql(`UPDATE "Comment" SET "status" = 'APPROVED' WHERE "status" = 'PENDING' RETURNING 1`);

afterAll(() => {
  for (const name of [file, startStateOf(file)]) for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(name + suffix, { force: true });
});

describe.skipIf(env.isPostgres)("the bench database", () => {
  it("is created once, kept as its starting state, and every later run starts from that state again", async () => {
    const created = await prepareDatabase(url, size, quiet);
    expect(created.created).toBe(true);
    expect(fs.existsSync(startStateOf(file))).toBe(true);
    const fresh = pending();
    expect(fresh).toBeGreaterThan(0);

    approveAll();
    expect(pending()).toBe(0);

    const next = await prepareDatabase(url, size, quiet);
    expect(next.created).toBe(false);
    expect(pending()).toBe(fresh);
  }, 120_000);

  it("keeps the present state of a database made before starting states were kept", async () => {
    fs.rmSync(startStateOf(file), { force: true });
    approveAll();

    expect((await prepareDatabase(url, size, quiet)).created).toBe(false);
    expect(fs.existsSync(startStateOf(file))).toBe(true);
    expect(pending()).toBe(0);
  }, 120_000);
});
