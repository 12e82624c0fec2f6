/**
 * Gives the whole Vitest run one fresh, migrated database: a temporary SQLite file, or, when
 * TEST_DATABASE_URL names a PostgreSQL server, a new database on it (dropped afterwards).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";

export default async function setup() {
  const base = process.env.TEST_DATABASE_URL;
  let url: string;
  let teardown: () => Promise<void>;
  if (base && /^postgres(ql)?:\/\//.test(base)) {
    const name = `newsdesk_test_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${name}`;
    url = u.toString();
    teardown = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-test-"));
    url = `file:${path.join(dir, "test.db")}`;
    teardown = async () => fs.rmSync(dir, { recursive: true, force: true });
  }
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  process.env.DATABASE_URL = url;
  process.env.DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "newsdesk-data-"));
  return teardown;
}
