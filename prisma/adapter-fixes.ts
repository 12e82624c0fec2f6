/**
 * Workarounds for the Prisma 6.19.3 CLI with the JS schema engine, imported only by prisma.config.ts
 * (the app's runtime needs none of them). See ../shared/TOOLCHAIN.md, items 4-8:
 * multi-statement SQLite migrations, PostgreSQL catalog types, the PG shadow database,
 * dollar-quoted PG scripts, and timers that keep the CLI alive for a minute after its work is done.
 * Re-check on any Prisma upgrade: this reaches into adapter internals.
 */
import fs from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/* eslint-disable @typescript-eslint/no-explicit-any */
type A = Record<string | symbol, any>;
const PATCHED = Symbol("patched");

function unrefLongTimers() {
  const original: any = globalThis.setTimeout;
  if (original[PATCHED]) return;
  const patched: A = (fn: any, ms?: number, ...rest: any[]) => {
    const t = original(fn, ms, ...rest);
    if ((ms ?? 0) >= 5000) t.unref?.();
    return t;
  };
  patched[PATCHED] = true;
  globalThis.setTimeout = patched as typeof setTimeout;
}

function fixSqlite(a: A) {
  const raw = a.executeRaw.bind(a);
  a.executeRaw = async (q: A) => {
    try {
      return await raw(q);
    } catch (e) {
      if (q.args.length === 0 && e instanceof RangeError && /more than one statement/.test(e.message)) {
        await a.executeScript(q.sql);
        return 0;
      }
      throw e;
    }
  };
  return a;
}

export const sqliteForCli = (url: string) => {
  unrefLongTimers();
  // A fresh checkout has no data folder yet: SQLite creates the file, not its folder.
  const file = url.replace(/^file:/, "");
  if (file && file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const base = new PrismaBetterSQLite3({ url });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => fixSqlite((await base.connect()) as A),
    connectToShadowDb: async () => fixSqlite((await base.connectToShadowDb()) as A),
  } as SqlMigrationAwareDriverAdapterFactory;
};

const AS_TEXT: Record<number, number> = { 18: 25, 19: 25, 22: 25, 24: 25, 28: 25, 30: 25, 194: 25, 2205: 25, 1003: 1009 };

function patchPg(c: A): A {
  if (!c || c[PATCHED]) return c;
  c[PATCHED] = true;
  const query = c.query.bind(c);
  c.query = (...args: any[]) => {
    const r = query(...args);
    return r?.then
      ? r.then((x: A) => {
          for (const f of x?.fields ?? []) if (f.dataTypeID in AS_TEXT) f.dataTypeID = AS_TEXT[f.dataTypeID];
          return x;
        })
      : r;
  };
  if (typeof c.connect === "function" && typeof c.release !== "function") {
    const connect = c.connect.bind(c);
    c.connect = (...a: any[]) =>
      typeof a[0] === "function" ? connect((e: any, cl: A, d: any) => a[0](e, patchPg(cl), d)) : connect().then(patchPg);
  }
  return c;
}

function fixPg(a: A) {
  patchPg(a.client);
  const executeScript = a.executeScript.bind(a);
  a.executeScript = async (s: string) => {
    if (!s.includes("$$") && !/\bDO\b/i.test(s)) return executeScript(s);
    try {
      await a.client.query(s);
    } catch (e) {
      a.onError(e);
    }
  };
  return a;
}

export const pgForCli = (url: string) => {
  unrefLongTimers();
  const base = new PrismaPg({ connectionString: url, allowExitOnIdle: true });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => fixPg((await base.connect()) as A),
    connectToShadowDb: async () => {
      const main = (await base.connect()) as A;
      const db = `prisma_migrate_shadow_db_${randomUUID()}`;
      await main.executeScript(`CREATE DATABASE "${db}"`);
      const u = new URL(url);
      u.pathname = `/${db}`;
      const shadow = fixPg((await new PrismaPg({ connectionString: u.toString(), allowExitOnIdle: true }).connect()) as A);
      const dispose = shadow.dispose.bind(shadow);
      shadow.dispose = async () => {
        await dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${db}"`);
        await main.dispose();
      };
      return shadow;
    },
  } as SqlMigrationAwareDriverAdapterFactory;
};
