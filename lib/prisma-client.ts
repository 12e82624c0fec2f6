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
      new PrismaClient({ adapter: withStatementCache(new PrismaBetterSQLite3({ url, timeout: 10_000 })), log: queryLog(options) });
  // NEWSDESK_LOG_SQL=1: every statement with its time, to find what a slow page or action spends.
  if (options.logSql) client.$on("query", (e) => console.log(`prisma:query ${e.duration} ms ${e.query} ${e.params}`));
  if (isPostgresUrl(url)) return client;
  // Durability: WAL with synchronous=FULL, so an acknowledged write survives a crash or power loss.
  // The adapter holds one connection and runs statements in call order, so this precedes every query.
  void client.$queryRaw`PRAGMA journal_mode = WAL`.then(() => client.$queryRaw`PRAGMA synchronous = FULL`).catch(() => {});
  return client;
}

/** The parts of a better-sqlite3 statement and connection the adapter uses. */
type Statement = { reader: boolean; run(...params: unknown[]): unknown; columns(): unknown[]; raw(on?: boolean): { all(...params: unknown[]): unknown[] } };
type Connection = { prepare(sql: string): unknown };

const STATEMENT_CACHE_SIZE = 256;

/**
 * The SQLite adapter prepares every statement anew (`client.prepare(sql).bind(args)`): SQLite parses and
 * plans the SQL again each time, ~2 ms of a dashboard page's ~3 ms of database time on the bench (the
 * article list). This keeps the last 256 prepared statements by their SQL text and hands the adapter a
 * light stand-in per call whose `bind` passes the arguments to the kept statement's `run`/`all` (a
 * better-sqlite3 statement can be bound only once). SQLite re-prepares a kept statement by itself when a
 * migration changes the schema.
 */
function withStatementCache(factory: PrismaBetterSQLite3): PrismaBetterSQLite3 {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const connection = (adapter as unknown as { client: Connection }).client;
    const prepare = connection.prepare.bind(connection) as (sql: string) => Statement;
    const kept = new Map<string, Statement>();
    connection.prepare = (sql: string) => {
      let statement = kept.get(sql);
      if (statement) kept.delete(sql); // re-inserted below: the Map's order is the recency order
      else statement = prepare(sql);
      kept.set(sql, statement);
      if (kept.size > STATEMENT_CACHE_SIZE) kept.delete(kept.keys().next().value!);
      const s = statement;
      return {
        run: () => s.run(),
        bind: (params: unknown[]) => ({
          reader: s.reader,
          run: () => s.run(params),
          columns: () => s.columns(),
          raw: () => ({ all: () => s.raw(true).all(params) }),
        }),
      };
    };
    return adapter;
  };
  return factory;
}

function queryLog(options: { logSql?: boolean }) {
  return options.logSql ? [{ emit: "event" as const, level: "query" as const }] : [];
}

export type Db = ReturnType<typeof createPrismaClient>;
