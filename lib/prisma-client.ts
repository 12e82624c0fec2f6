/**
 * Creates a Prisma client for a DATABASE_URL: better-sqlite3 for `file:` URLs, pg for `postgres://`.
 * Used by the app (through lib/db.ts) and by scripts (seed, volume generator, tests).
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function isPostgresUrl(url: string) {
  return /^postgres(ql)?:\/\//.test(url);
}

export function createPrismaClient(url: string, options: { logSql?: boolean } = {}) {
  const client = isPostgresUrl(url)
    ? new PrismaClient({ adapter: new PrismaPg({ connectionString: url }), log: queryLog(options) })
    : // busy timeout: another process (seed, a second worker) may hold the write lock for a moment.
      new PrismaClient({ adapter: new PrismaBetterSQLite3({ url, timeout: 10_000 }), log: queryLog(options) });
  // NEWSDESK_LOG_SQL=1: every statement with its time, to find what a slow page or action spends.
  if (options.logSql) client.$on("query", (e) => console.log(`prisma:query ${e.duration} ms ${e.query} ${e.params}`));
  if (isPostgresUrl(url)) return client;
  // Durability: WAL with synchronous=FULL, so an acknowledged write survives a crash or power loss.
  // The adapter holds one connection and runs statements in call order, so this precedes every query.
  void client.$queryRaw`PRAGMA journal_mode = WAL`.then(() => client.$queryRaw`PRAGMA synchronous = FULL`).catch(() => {});
  return client;
}

function queryLog(options: { logSql?: boolean }) {
  return options.logSql ? [{ emit: "event" as const, level: "query" as const }] : [];
}

export type Db = ReturnType<typeof createPrismaClient>;
