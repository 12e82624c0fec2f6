/**
 * Volume generator: adds PRODUCT.md's data sizes (100,000 articles, 5,000,000 comments, 1,000,000
 * subscribers, bookings, a year of surf tips) to a migrated and demo-seeded database, fast, on SQLite or
 * PostgreSQL. The benchmark harness calls generateVolume(); the CLI is
 *
 *   npm run seed:volume -- --articles N --comments N --pending N --subscribers N
 *                          [--bookings N] [--surf-weeks N] [--seed S]
 *
 * It adds to the demo newsroom (prisma/seed.ts must have run: sections and staff users) and never
 * changes existing rows; run it again to add more. Meant for benchmark and development databases: a phase
 * holds the write lock (SQLite) or a table lock (PostgreSQL) until it commits.
 *
 * Speed comes from bypassing Prisma for the writes: SQLite is written through its own better-sqlite3
 * connection with prepared statements, PostgreSQL through pg with one INSERT ... SELECT FROM unnest(...)
 * per 10,000 rows; both parameterized. Each phase (articles, comments, subscribers, bookings, surf tips) is
 * one transaction that drops the secondary indexes of its tables and rebuilds them at the end: building
 * an index once costs about half of maintaining it row by row. Ids are assigned here (after the current
 * maximum, growing with time), so comments can point to parents and articles carry their final
 * approvedComments without a second pass. Every value is written in the form Prisma's adapters write it
 * (DateTime: ISO text with "+00:00" on SQLite, UTC TIMESTAMP(3) on PostgreSQL), so the app reads, orders
 * and compares generated rows exactly like its own.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { addDaysToDay, dayOf, isoWeekOf } from "@/lib/dates";
import { textToHtml } from "@/lib/html";
import { createPrismaClient, isPostgresUrl } from "@/lib/prisma-client";
import {
  adCreative,
  advertiser,
  articleBody,
  articleTeaser,
  articleTitle,
  asciiSlug,
  commenterName,
  commentSentencePool,
  createRng,
  FIRST_NAMES,
  hashSeed,
  intBetween,
  LAST_NAMES,
  MAIL_DOMAINS,
  pick,
  type Rng,
  surfTip,
} from "./volume-text";

export type VolumeOptions = {
  articles: number;
  comments: number;
  /** Exactly this many of the comments are PENDING (the moderation queue). */
  pending: number;
  subscribers: number;
  bookings?: number;
  surfWeeks?: number;
  seed?: string | number;
  /** The instant the data is generated around (tests pin it); default: the current time. */
  now?: Date;
  log?: (line: string) => void;
};

export type VolumeReport = {
  articles: number;
  revisions: number;
  comments: number;
  pending: number;
  approved: number;
  replies: number;
  hotArticleId: number | null;
  hotArticleComments: number;
  subscribers: number;
  subscriptions: number;
  advertisers: number;
  bookings: number;
  seats: number;
  surfWeeks: number;
  surfTips: number;
  /** The first id given to each table's new rows (ids are consecutive from there, in time order). */
  firstIds: { articles: number; comments: number; subscribers: number; subscriptions: number; bookings: number; surfTips: number };
  seconds: { articles: number; comments: number; subscribers: number; bookings: number; surfTips: number; finish: number; total: number };
  databaseBytes: number;
  databaseSize: string;
};

const HOUR = 3_600_000;
const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------------
// Writing: one small interface over both databases, so the generator itself is dialect-free.
// Row values: numbers, strings and null; DateTime columns take epoch milliseconds, Json columns a JSON
// string, Boolean columns a boolean. The sink turns them into what the column wants.

type ColumnType = "int" | "text" | "ts" | "json" | "bool" | { enum: string };
type Table = { name: string; columns: ReadonlyArray<readonly [string, ColumnType]> };
type Value = string | number | boolean | null;

const ENUM = (name: string) => ({ enum: name });

const T = {
  article: {
    name: "Article",
    columns: [
      ["id", "int"], ["slug", "text"], ["sectionId", "int"], ["authorId", "int"], ["reviewerId", "int"], ["byline", "text"],
      ["title", "text"], ["teaser", "text"], ["bodyHtml", "text"], ["metaDescription", "text"], ["status", ENUM("ArticleStatus")],
      ["commentMode", ENUM("CommentMode")], ["publishAt", "ts"], ["unpublishAt", "ts"], ["version", "int"],
      ["approvedComments", "int"], ["createdAt", "ts"], ["updatedAt", "ts"],
    ],
  },
  revision: {
    name: "ArticleRevision",
    columns: [
      ["id", "int"], ["articleId", "int"], ["version", "int"], ["title", "text"], ["teaser", "text"], ["bodyHtml", "text"],
      ["data", "json"], ["authorId", "int"], ["createdAt", "ts"],
    ],
  },
  comment: {
    name: "Comment",
    columns: [
      ["id", "int"], ["articleId", "int"], ["parentId", "int"], ["authorName", "text"], ["authorEmail", "text"], ["ipHash", "text"],
      ["body", "text"], ["status", ENUM("CommentStatus")], ["statusBeforeDelete", ENUM("CommentStatus")], ["heldReasons", "json"],
      ["decidedAt", "ts"], ["decidedById", "int"], ["createdAt", "ts"], ["updatedAt", "ts"],
    ],
  },
  subscriber: { name: "Subscriber", columns: [["id", "int"], ["email", "text"], ["createdAt", "ts"]] },
  subscription: {
    name: "Subscription",
    columns: [
      ["id", "int"], ["subscriberId", "int"], ["listKey", "text"], ["articleId", "int"], ["status", ENUM("SubscriptionStatus")],
      ["digest", "bool"], ["consentVersion", "text"], ["requestedAt", "ts"], ["requestIpHash", "text"], ["confirmedAt", "ts"],
      ["unsubscribedAt", "ts"], ["expiresAt", "ts"],
    ],
  },
  advertiser: {
    name: "Advertiser",
    columns: [["id", "int"], ["name", "text"], ["contactName", "text"], ["email", "text"], ["phone", "text"], ["createdAt", "ts"]],
  },
  booking: {
    name: "Booking",
    columns: [
      ["id", "int"], ["advertiserId", "int"], ["slotId", "int"], ["startDay", "text"], ["endDay", "text"], ["status", ENUM("BookingStatus")],
      ["headline", "text"], ["text", "text"], ["targetUrl", "text"], ["priceCents", "int"], ["decidedById", "int"], ["decidedAt", "ts"],
      ["decisionNote", "text"], ["createdAt", "ts"],
    ],
  },
  seat: { name: "AdSlotSeat", columns: [["slotId", "int"], ["day", "text"], ["seat", "int"], ["bookingId", "int"]] },
  adStat: { name: "AdStatDaily", columns: [["bookingId", "int"], ["day", "text"], ["impressions", "int"], ["clicks", "int"]] },
  surfTip: {
    name: "SurfTip",
    columns: [["id", "int"], ["isoWeek", "text"], ["position", "int"], ["label", "text"], ["url", "text"], ["createdAt", "ts"]],
  },
} satisfies Record<string, Table>;

/** Tables with an autoincrement id that the generator fills with explicit ids (PostgreSQL's sequences follow). */
const ID_TABLES = [T.article, T.revision, T.comment, T.subscriber, T.subscription, T.advertiser, T.booking, T.surfTip];

const q = (identifier: string) => `"${identifier}"`;

interface Sink {
  readonly dialect: "sqlite" | "postgres";
  /** A read with "?" placeholders. */
  all<R>(sql: string, params?: Value[]): Promise<R[]>;
  /**
   * Runs one phase of inserts into `tables` and makes it durable. `add` is only called inside a phase.
   * Returns the seconds spent rebuilding indexes (SQLite; 0 on PostgreSQL).
   */
  phase(tables: Table[], work: () => Promise<void>): Promise<number>;
  /** Adds a row; returns a promise only when it had to write a batch (await it then). */
  add(table: Table, row: Value[]): Promise<void> | undefined;
  /** After the load: sequences, statistics, durability settings back to normal. */
  finish(idTables: Table[]): Promise<void>;
  size(): Promise<{ bytes: number; text: string }>;
  close(): Promise<void>;
}

/** Exactly what @prisma/adapter-better-sqlite3 stores for a Date (its "iso8601" format). */
export function sqliteTime(ms: number) {
  return new Date(ms).toISOString().replace("Z", "+00:00");
}

const TWO_DIGITS = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, "0"));
const THREE_DIGITS = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));

/**
 * sqliteTime() for millions of rows: Date#toISOString was a sixth of the comment phase's CPU time.
 * Rows come in time order, so the "YYYY-MM-DDT" part is nearly always the cached one.
 */
export function createSqliteTimeFormatter() {
  let cachedDay = NaN;
  let prefix = "";
  return (ms: number) => {
    const day = Math.floor(ms / DAY);
    if (day !== cachedDay) {
      cachedDay = day;
      prefix = new Date(day * DAY).toISOString().slice(0, 11);
    }
    let rest = ms - day * DAY;
    const hours = Math.floor(rest / HOUR);
    rest -= hours * HOUR;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const seconds = Math.floor(rest / 1000);
    return `${prefix}${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}.${THREE_DIGITS[rest - seconds * 1000]}+00:00`;
  };
}

/** What @prisma/adapter-pg sends for a Date into TIMESTAMP(3): UTC wall time without a zone. */
function pgTime(ms: number) {
  return new Date(ms).toISOString().slice(0, 23).replace("T", " ");
}

// better-sqlite3 ships no types and @types/better-sqlite3 is not a dependency: the few calls used here,
// typed locally (loaded with require, so no ambient module declaration leaks into the project).
type SqliteStatement = { run(params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
type SqliteDatabase = {
  prepare(sql: string): SqliteStatement;
  exec(sql: string): void;
  pragma(sql: string): unknown;
  close(): void;
  readonly inTransaction: boolean;
};
type SqliteConstructor = new (file: string, options: { fileMustExist?: boolean; timeout?: number }) => SqliteDatabase;
const BetterSqlite3 = createRequire(import.meta.url)("better-sqlite3") as SqliteConstructor;

function sqliteFile(url: string) {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}

/**
 * SQLite: each phase is ONE transaction that drops the secondary indexes of its tables, inserts in rowid
 * order and recreates the indexes from their exact stored CREATE statements. Building an index once from
 * sorted keys costs about half of maintaining it row by row (Comment has eight, three of them on random
 * keys). Being one transaction, an error or a crash rolls back to the old rows with the old indexes, so
 * the schema is never left without them; WAL mode lets readers go on meanwhile. The price is a WAL as
 * large as the phase's data until it is checkpointed (about 3.5 GB at 5,000,000 comments), and index
 * builds that read their table back through that WAL. Committing every 50,000 rows instead was measured
 * (CPU seconds, same machine): about equal at 1,000,000 comments, 20-25% less at 5,000,000, but a crash
 * between drop and rebuild would leave the tables without indexes unless they were restored on the next run.
 */
class SqliteSink implements Sink {
  readonly dialect = "sqlite" as const;
  private readonly db: SqliteDatabase;
  private readonly inserts = new Map<Table, { statement: SqliteStatement; times: number[]; bools: number[] }>();
  private readonly time = createSqliteTimeFormatter();

  constructor(private readonly file: string) {
    if (!fs.existsSync(file)) throw new Error(`SQLite database ${file} does not exist: run "npm run db:deploy && npm run db:seed" first.`);
    this.db = new BetterSqlite3(file, { fileMustExist: true, timeout: 10_000 });
    this.db.pragma("journal_mode = WAL");
    // Only for the bulk load: fsyncs buy nothing while an uncommitted phase would be rolled back anyway.
    // finish() puts back the app's FULL (lib/prisma-client.ts).
    this.db.pragma("synchronous = OFF");
    // 1 GiB of page cache (allocated only as used): the tables being filled stay in memory.
    this.db.pragma("cache_size = -1048576");
    // Index builds sort their keys; SQLite may use a helper thread for that.
    this.db.pragma("threads = 2");
  }

  async all<R>(sql: string, params: Value[] = []) {
    return this.db.prepare(sql).all(...params.map((v) => (typeof v === "boolean" ? Number(v) : v))) as R[];
  }

  async phase(tables: Table[], work: () => Promise<void>) {
    this.db.exec("BEGIN IMMEDIATE");
    try {
      const listIndexes = this.db.prepare(
        `SELECT "name", "sql" FROM "sqlite_master" WHERE "type" = 'index' AND "tbl_name" = ? AND "sql" IS NOT NULL ORDER BY "name"`,
      );
      const indexes = tables.flatMap((t) => listIndexes.all(t.name) as { name: string; sql: string }[]);
      for (const index of indexes) this.db.exec(`DROP INDEX ${q(index.name)}`);
      await work();
      const start = performance.now();
      for (const index of indexes) this.db.exec(index.sql);
      this.db.exec("COMMIT");
      return (performance.now() - start) / 1000;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw error;
    }
  }

  add(table: Table, row: Value[]) {
    let insert = this.inserts.get(table);
    if (!insert) {
      const columns = table.columns.map(([name]) => q(name)).join(", ");
      const marks = table.columns.map(() => "?").join(", ");
      insert = {
        statement: this.db.prepare(`INSERT INTO ${q(table.name)} (${columns}) VALUES (${marks})`),
        times: table.columns.flatMap(([, type], i) => (type === "ts" ? [i] : [])),
        bools: table.columns.flatMap(([, type], i) => (type === "bool" ? [i] : [])),
      };
      this.inserts.set(table, insert);
    }
    for (const i of insert.times) if (row[i] !== null) row[i] = this.time(row[i] as number);
    for (const i of insert.bools) row[i] = row[i] ? 1 : 0;
    insert.statement.run(row);
    return undefined;
  }

  async finish() {
    // AUTOINCREMENT's sqlite_sequence already follows explicit ids. Statistics are left alone on purpose:
    // the app never runs ANALYZE, so the benchmark sees the query plans a grown database would get.
    this.db.pragma("synchronous = FULL");
    // Fold the WAL into the main file, so the size below is the database and the app starts clean.
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  async size() {
    const bytes = (suffix: string) => (fs.existsSync(this.file + suffix) ? fs.statSync(this.file + suffix).size : 0);
    const main = bytes("");
    const wal = bytes("-wal");
    return { bytes: main + wal, text: `${formatBytes(main + wal)} (${path.basename(this.file)} ${main} bytes + -wal ${wal} bytes)` };
  }

  async close() {
    this.db.close();
  }
}

/**
 * PostgreSQL: like SQLite, each phase is one transaction that drops the tables' secondary indexes
 * (not those behind primary keys or constraints), inserts and rebuilds them; DDL is transactional here
 * too, so a failure leaves the old state. DROP INDEX locks the table until the phase commits, which is
 * fine for preparing a benchmark or development database, not for a live one. Rows go out as one
 * INSERT ... SELECT FROM unnest($1::int4[], ...) per few thousand rows, and the next batch is generated
 * while the server writes the previous one.
 */
class PgSink implements Sink {
  readonly dialect = "postgres" as const;
  private readonly client: pg.Client;
  // Column-wise buffers in first-use order: parents (Article, Subscriber, Booking) are written before the
  // rows that reference them.
  private buffers = new Map<Table, Value[][]>();
  private buffered = 0;
  // The batch the server is writing now; rejections are kept for the next await (see write()).
  private inflight: Promise<void> = Promise.resolve();

  constructor(
    url: string,
    private readonly statementRows = 10_000,
  ) {
    this.client = new pg.Client({ connectionString: url });
  }

  async open() {
    await this.client.connect();
    // Commits do not wait for the WAL flush: a crash can lose the last phase, never corrupt anything.
    await this.client.query("SET synchronous_commit = off");
    // Index builds sort in memory instead of temporary files (session setting only).
    await this.client.query("SET maintenance_work_mem = '512MB'");
  }

  async all<R>(sql: string, params: Value[] = []) {
    let n = 0;
    const result = await this.client.query(sql.replace(/\?/g, () => `$${++n}`), params);
    return result.rows as R[];
  }

  add(table: Table, row: Value[]) {
    let columns = this.buffers.get(table);
    if (!columns) {
      columns = table.columns.map(() => []);
      this.buffers.set(table, columns);
    }
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      columns[i].push(table.columns[i][1] === "ts" && value !== null ? pgTime(value as number) : value);
    }
    return ++this.buffered >= this.statementRows ? this.write() : undefined;
  }

  /** Sends the buffered rows; resolves when the batch before them is written, so one batch is in flight. */
  private write() {
    const batch = this.buffers;
    this.buffers = new Map([...batch.keys()].map((table) => [table, table.columns.map(() => [])]));
    this.buffered = 0;
    const previous = this.inflight;
    this.inflight = previous.then(async () => {
      for (const [table, columns] of batch) {
        if (columns[0].length === 0) continue;
        const names = table.columns.map(([name]) => q(name)).join(", ");
        const arrays = table.columns.map(([, type], i) => `$${i + 1}::${pgArrayType(type)}`).join(", ");
        // One statement per table and batch: each parameter is a whole column as an array.
        await this.client.query(`INSERT INTO ${q(table.name)} (${names}) SELECT * FROM unnest(${arrays})`, columns);
      }
    });
    // Handled here so that a failed batch is no unhandled rejection; the next await still throws it.
    this.inflight.catch(() => {});
    return previous;
  }

  async phase(tables: Table[], work: () => Promise<void>) {
    await this.client.query("BEGIN");
    try {
      const indexes: { name: string; definition: string }[] = [];
      for (const table of tables) {
        const result = await this.client.query<{ name: string; definition: string }>(
          `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS definition
             FROM pg_index x
             JOIN pg_class i ON i.oid = x.indexrelid
             JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relname = $1 AND t.relnamespace = current_schema()::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
            ORDER BY i.relname`,
          [table.name],
        );
        indexes.push(...result.rows);
      }
      for (const index of indexes) await this.client.query(`DROP INDEX ${q(index.name)}`);
      await work();
      await this.write();
      await this.inflight;
      const start = performance.now();
      for (const index of indexes) await this.client.query(index.definition);
      await this.client.query("COMMIT");
      return (performance.now() - start) / 1000;
    } catch (error) {
      await this.inflight.catch(() => {});
      await this.client.query("ROLLBACK");
      throw error;
    }
  }

  async finish(idTables: Table[]) {
    for (const table of idTables) {
      // Explicit ids do not move a SERIAL's sequence; without this the app's next insert would collide.
      await this.client.query(
        `SELECT setval(pg_get_serial_sequence($1, 'id'), GREATEST((SELECT MAX("id") FROM ${q(table.name)}), 1))`,
        [q(table.name)],
      );
    }
    // autovacuum would analyze these tables within minutes anyway; doing it now makes the first
    // benchmark run see the same plans as every later one.
    for (const table of [...idTables, T.seat, T.adStat]) await this.client.query(`ANALYZE ${q(table.name)}`);
    await this.client.query("SET synchronous_commit = on");
  }

  async size() {
    const result = await this.client.query<{ bytes: string }>("SELECT pg_database_size(current_database())::text AS bytes");
    const bytes = Number(result.rows[0].bytes);
    return { bytes, text: `${formatBytes(bytes)} (pg_database_size ${bytes} bytes)` };
  }

  async close() {
    await this.client.end();
  }
}

function pgArrayType(type: ColumnType) {
  if (typeof type === "object") return `${q(type.enum)}[]`;
  return { int: "int4[]", text: "text[]", ts: "timestamp(3)[]", json: "jsonb[]", bool: "bool[]" }[type];
}

async function openSink(url: string): Promise<Sink> {
  if (isPostgresUrl(url)) {
    const sink = new PgSink(url);
    await sink.open();
    return sink;
  }
  if (!url.startsWith("file:")) throw new Error(`DATABASE_URL must be file:... (SQLite) or postgres(ql)://...: ${url}`);
  return new SqliteSink(sqliteFile(url));
}

function formatBytes(bytes: number) {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

// ---------------------------------------------------------------------------------------------------
// Generation.

type Staff = { id: number; name: string; roles: Set<string> };

type ArticlePlan = {
  status: "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "ARCHIVED";
  commentMode: "OPEN" | "PREMODERATED" | "CLOSED";
  publishAt: number | null;
  createdAt: number;
  updatedAt: number;
};

const COMMENT_STATUSES = ["PENDING", "APPROVED", "REJECTED", "SPAM", "DELETED"] as const;
const PENDING = 0;
const APPROVED = 1;
const DELETED = 4;
const HELD_NEW_COMMENTER = JSON.stringify([{ code: "NEW_COMMENTER" }]);

/** A fake 32-character salted hash (the app stores base64url HMACs of this length). */
function fakeHash(rng: Rng) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  let out = "";
  for (let i = 0; i < 32; i++) out += alphabet[Math.floor(rng() * 64)];
  return out;
}

function standardNormal(rng: Rng) {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

function validate(options: VolumeOptions) {
  for (const key of ["articles", "comments", "pending", "subscribers", "bookings", "surfWeeks"] as const) {
    const value = options[key];
    if (value !== undefined && (!Number.isInteger(value) || value < 0)) throw new Error(`--${key} must be a whole number >= 0, got ${value}`);
  }
  if (options.pending > options.comments) throw new Error(`--pending (${options.pending}) cannot exceed --comments (${options.comments})`);
  if (options.comments > 0 && options.articles === 0) throw new Error("--comments needs --articles >= 1: comments go to the generated articles");
}

/**
 * Adds the requested volume to the database at `url` (which must already hold the demo newsroom:
 * sections and staff users) and reports counts, phase times and the database size.
 */
export async function generateVolume(url: string, options: VolumeOptions): Promise<VolumeReport> {
  validate(options);
  const log = options.log ?? (() => {});
  const now = (options.now ?? new Date()).getTime();
  const seed = String(options.seed ?? 1);
  const stream = (phase: string) => createRng(hashSeed(`${seed}:${phase}`));
  const startedAt = performance.now();
  const sink = await openSink(url);
  try {
    const context = await loadContext(sink);
    const seconds = { articles: 0, comments: 0, subscribers: 0, bookings: 0, surfTips: 0, finish: 0, total: 0 };
    // CPU seconds next to wall seconds: on a shared, busy machine the wall clock alone says little.
    const cpuSeconds = { ...seconds };
    const timed = async <R>(phase: keyof typeof seconds, work: () => Promise<R>) => {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const result = await work();
      const used = process.cpuUsage(cpu);
      seconds[phase] += (performance.now() - start) / 1000; // planning and writing comments add up
      cpuSeconds[phase] += (used.user + used.system) / 1e6;
      return result;
    };
    const cpuOf = (phase: keyof typeof seconds) => `, ${cpuSeconds[phase].toFixed(1)} s CPU`;
    const indexSeconds: Record<string, number> = {};
    const inPhase = async <R>(name: string, tables: Table[], work: () => Promise<R>) => {
      let result: R | undefined;
      try {
        indexSeconds[name] = await sink.phase(tables, async () => {
          result = await work();
        });
      } catch (error) {
        // The phase itself rolled back, but earlier phases are committed (articles carry approvedComments
        // for comments that may now be missing): say so instead of leaving a puzzle.
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(`seed:volume failed in the ${name} phase (earlier phases stay committed; start over from a fresh database): ${message}`, {
          cause: error,
        });
      }
      return result as R;
    };
    const rebuilt = (name: string) => `, ${indexSeconds[name].toFixed(1)} s of it rebuilding indexes`;

    // Comments are planned before the articles are written, so that each article row carries its final
    // approvedComments count and no article has to be rewritten afterwards.
    const articles = planArticles(stream("article-plan"), options.articles, now);
    const plan = await timed("comments", async () => planComments(stream("comment-plan"), articles, options, now));
    const firstArticleId = context.maxId.Article + 1;
    await timed("articles", () =>
      inPhase("articles", [T.article, T.revision], () => writeArticles(sink, stream("articles"), context, articles, plan, firstArticleId, log)),
    );
    log(`articles: ${articles.length} (+${articles.length} revisions) in ${seconds.articles.toFixed(1)} s${cpuOf("articles")}${rebuilt("articles")}`);

    await timed("comments", () =>
      inPhase("comments", [T.comment], () => writeComments(sink, stream("comments"), context, plan, firstArticleId, now, log)),
    );
    const commentRate = plan.total / Math.max(seconds.comments, 1e-9);
    log(
      `comments: ${plan.total} in ${seconds.comments.toFixed(1)} s (${Math.round(commentRate).toLocaleString("en-US")}/s${cpuOf("comments")}), ` +
        `${plan.pending} pending, ${plan.approved} approved, ${plan.replies} replies${rebuilt("comments")}` +
        (plan.hot >= 0 ? `, hottest article #${firstArticleId + plan.commentable[plan.hot]} with ${plan.counts[plan.hot]}` : ""),
    );

    const subscriptions = await timed("subscribers", () =>
      inPhase("subscribers", [T.subscriber, T.subscription], () =>
        writeSubscribers(sink, stream("subscribers"), context, articles, plan, firstArticleId, options.subscribers, now, log),
      ),
    );
    log(`subscribers: ${options.subscribers} with ${subscriptions} subscriptions in ${seconds.subscribers.toFixed(1)} s${cpuOf("subscribers")}${rebuilt("subscribers")}`);

    const ads = await timed("bookings", () =>
      inPhase("bookings", [T.advertiser, T.booking, T.seat, T.adStat], () =>
        writeBookings(sink, stream("bookings"), context, options.bookings ?? 300, now),
      ),
    );
    log(`bookings: ${ads.bookings} (${ads.seats} seat-days) for ${ads.advertisers} advertisers in ${seconds.bookings.toFixed(1)} s${ads.note}`);

    const tips = await timed("surfTips", () =>
      inPhase("surfTips", [T.surfTip], () => writeSurfTips(sink, stream("surf-tips"), context, options.surfWeeks ?? 52, now)),
    );
    log(`surf tips: ${tips.tips} in ${tips.weeks} new weeks in ${seconds.surfTips.toFixed(1)} s`);

    await timed("finish", () => sink.finish(ID_TABLES));
    seconds.total = (performance.now() - startedAt) / 1000;
    const size = await sink.size();
    log(`finish (${sink.dialect === "postgres" ? "sequences, ANALYZE" : "checkpoint"}): ${seconds.finish.toFixed(1)} s`);
    log(`total: ${seconds.total.toFixed(1)} s; database size: ${size.text}`);
    return {
      articles: articles.length,
      revisions: articles.length,
      comments: plan.total,
      pending: plan.pending,
      approved: plan.approved,
      replies: plan.replies,
      hotArticleId: plan.hot >= 0 ? firstArticleId + plan.commentable[plan.hot] : null,
      hotArticleComments: plan.hot >= 0 ? plan.counts[plan.hot] : 0,
      subscribers: options.subscribers,
      subscriptions,
      advertisers: ads.advertisers,
      bookings: ads.bookings,
      seats: ads.seats,
      surfWeeks: tips.weeks,
      surfTips: tips.tips,
      firstIds: {
        articles: firstArticleId,
        comments: context.maxId.Comment + 1,
        subscribers: context.maxId.Subscriber + 1,
        subscriptions: context.maxId.Subscription + 1,
        bookings: context.maxId.Booking + 1,
        surfTips: context.maxId.SurfTip + 1,
      },
      seconds,
      databaseBytes: size.bytes,
      databaseSize: size.text,
    };
  } finally {
    await sink.close();
  }
}

type Context = {
  sections: { id: number; name: string }[];
  editors: Staff[];
  moderators: Staff[];
  adManagers: Staff[];
  slots: { id: number; capacity: number; pricePerDayCents: number }[];
  seats: { slotId: number; day: string; seat: number }[];
  surfWeeks: Set<string>;
  slugs: Set<string>;
  maxId: Record<string, number>;
};

async function loadContext(sink: Sink): Promise<Context> {
  const sections = await sink.all<{ id: number; name: string }>(
    `SELECT "id", "name" FROM "Section" WHERE "deletedAt" IS NULL ORDER BY "position", "id"`,
  );
  const userRows = await sink.all<{ id: number; name: string; role: string | null }>(
    `SELECT u."id", u."name", r."role" FROM "User" u LEFT JOIN "UserRole" r ON r."userId" = u."id" WHERE u."disabledAt" IS NULL ORDER BY u."id"`,
  );
  if (sections.length === 0 || userRows.length === 0) {
    throw new Error(
      "The database has no sections or no staff users. The volume generator adds to the demo newsroom: " +
        'run "npm run db:deploy && npm run db:seed" (with the same DATABASE_URL) first.',
    );
  }
  const users = new Map<number, Staff>();
  for (const row of userRows) {
    const user = users.get(row.id) ?? { id: row.id, name: row.name, roles: new Set<string>() };
    if (row.role) user.roles.add(row.role);
    users.set(row.id, user);
  }
  const all = [...users.values()];
  const withRole = (...roles: string[]) => {
    const found = all.filter((u) => roles.some((r) => u.roles.has(r)));
    return found.length > 0 ? found : all;
  };
  const maxId: Record<string, number> = {};
  for (const table of ID_TABLES) {
    const [row] = await sink.all<{ max: number | null }>(`SELECT MAX("id") AS "max" FROM ${q(table.name)}`);
    maxId[table.name] = Number(row?.max ?? 0);
  }
  const slugRows = await sink.all<{ slug: string }>(`SELECT "slug" FROM "Article" UNION SELECT "slug" FROM "ArticleSlugRedirect"`);
  return {
    sections,
    editors: withRole("EDITOR", "ADMIN"),
    moderators: withRole("MODERATOR", "ADMIN"),
    adManagers: withRole("AD_MANAGER", "ADMIN"),
    slots: (await sink.all<{ id: number; capacity: number; pricePerDayCents: number }>(
      `SELECT "id", "capacity", "pricePerDayCents" FROM "AdSlot" WHERE "active" ORDER BY "position", "id"`,
    )).map((s) => ({ id: Number(s.id), capacity: Number(s.capacity), pricePerDayCents: Number(s.pricePerDayCents) })),
    seats: await sink.all<{ slotId: number; day: string; seat: number }>(`SELECT "slotId", "day", "seat" FROM "AdSlotSeat"`),
    surfWeeks: new Set((await sink.all<{ isoWeek: string }>(`SELECT DISTINCT "isoWeek" FROM "SurfTip"`)).map((r) => r.isoWeek)),
    slugs: new Set(slugRows.map((r) => r.slug)),
    maxId,
  };
}

/** Status and dates of every article; sorted by creation so that ids grow with time, as in a real newsroom. */
function planArticles(rng: Rng, count: number, now: number): ArticlePlan[] {
  const plans: ArticlePlan[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng();
    const status: ArticlePlan["status"] =
      r < 0.85 ? "PUBLISHED" : r < 0.89 ? "ARCHIVED" : r < 0.94 ? "DRAFT" : r < 0.97 ? "IN_REVIEW" : "SCHEDULED";
    const m = rng();
    const commentMode: ArticlePlan["commentMode"] = m < 0.85 ? "OPEN" : m < 0.95 ? "PREMODERATED" : "CLOSED";
    let publishAt: number | null = null;
    let createdAt: number;
    let updatedAt: number;
    if (status === "PUBLISHED" || status === "ARCHIVED") {
      publishAt = Math.floor(status === "PUBLISHED" ? now - HOUR - rng() * 730 * DAY : now - 365 * DAY - rng() * 365 * DAY);
      createdAt = Math.floor(publishAt - 10 * 60_000 - rng() * 3 * DAY);
      updatedAt = status === "ARCHIVED" ? Math.min(now, publishAt + Math.floor((30 + rng() * 170) * DAY)) : publishAt;
      if (status === "PUBLISHED" && rng() < 0.2) updatedAt = Math.min(now, publishAt + Math.floor(rng() * 2 * DAY));
    } else if (status === "SCHEDULED") {
      publishAt = Math.floor(now + HOUR + rng() * 14 * DAY);
      createdAt = Math.floor(now - rng() * 10 * DAY);
      updatedAt = createdAt;
    } else {
      createdAt = Math.floor(now - rng() * 60 * DAY);
      updatedAt = Math.floor(createdAt + rng() * (now - createdAt) * 0.5);
    }
    plans.push({ status, commentMode, publishAt, createdAt, updatedAt });
  }
  plans.sort((a, b) => a.createdAt - b.createdAt);
  return plans;
}

type CommentPlan = {
  total: number;
  pending: number;
  approved: number;
  replies: number;
  /** Indexes (into the article plans) of the articles that get comments. */
  commentable: number[];
  /** Comments per commentable article. */
  counts: Int32Array;
  /** APPROVED comments per commentable article: becomes Article.approvedComments. */
  approvedPerArticle: Int32Array;
  /** Index into `commentable` of the hot article, -1 without comments. */
  hot: number;
  /** Sorted time keys: (createdAt - base) / resolution * 2^bits + commentable index. */
  keys: Float64Array;
  bits: number;
  base: number;
  resolution: number;
  status: Uint8Array;
  /** Index of the parent comment (same article, approved, top level), -1 for none. */
  parent: Int32Array;
};

/**
 * Who comments where and when, as compact typed arrays (5,000,000 comments fit in ~70 MB):
 * a skewed spread over articles, times after each article's publication, exactly `pending` PENDING,
 * replies to earlier approved comments of the same article.
 */
function planComments(rng: Rng, articles: ArticlePlan[], options: VolumeOptions, now: number): CommentPlan {
  const total = options.comments;
  const commentable: number[] = [];
  for (const [i, a] of articles.entries()) {
    if ((a.status === "PUBLISHED" || a.status === "ARCHIVED") && a.publishAt !== null && a.publishAt <= now - HOUR / 2) commentable.push(i);
  }
  if (total > 0 && commentable.length === 0 && articles.length > 0) {
    // A tiny run can draw no published article at all; comments need one.
    const a = articles[articles.length - 1];
    Object.assign(a, { status: "PUBLISHED", commentMode: "OPEN", publishAt: Math.min(now - HOUR, a.createdAt + HOUR), updatedAt: Math.min(now - HOUR, a.createdAt + HOUR) });
    a.createdAt = Math.min(a.createdAt, a.publishAt! - 10 * 60_000);
    commentable.push(articles.length - 1);
  }
  const n = commentable.length;
  const counts = new Int32Array(n);
  let hot = -1;
  if (total > 0) {
    // The hot article: published about ten days ago, so its comment wave is over and it is still on the home page.
    const target = now - 10 * DAY;
    let best = Infinity;
    for (let c = 0; c < n; c++) {
      const a = articles[commentable[c]];
      const distance = Math.abs(a.publishAt! - target) + (a.status === "PUBLISHED" ? 0 : 1000 * DAY);
      if (distance < best) {
        best = distance;
        hot = c;
      }
    }
    articles[commentable[hot]].commentMode = "OPEN";
    // BENCH.md: one article with ~25,000 of 5,000,000 comments (0.5%), at least a few thousand at volume.
    const hotCount = Math.min(total, Math.max(Math.round(total * 0.005), Math.min(3000, Math.round(total * 0.1))));
    counts[hot] = hotCount;
    let left = total - hotCount;

    // A few more big discussions, a fifth to a half of the hot one each.
    const others = Array.from({ length: n }, (_, c) => c).filter((c) => c !== hot);
    const recent = others.filter((c) => articles[commentable[c]].publishAt! > now - 120 * DAY && articles[commentable[c]].status === "PUBLISHED");
    const bigPool = recent.length >= 5 ? recent : others;
    const big = new Set<number>();
    while (big.size < Math.min(5, bigPool.length, Math.max(0, n - 2))) big.add(pick(rng, bigPool));
    for (const c of big) {
      const count = Math.min(left, Math.round(hotCount * (0.15 + rng() * 0.25)));
      counts[c] = count;
      left -= count;
    }

    // The long tail: log-normal weights (a typical article gets a few dozen), one in ten gets none.
    const tail = others.filter((c) => !big.has(c));
    if (tail.length === 0) {
      const receivers = big.size > 0 ? [...big] : [hot];
      for (let k = 0; left > 0; k++, left--) counts[receivers[k % receivers.length]]++;
    } else {
      const weights = tail.map(() => (rng() < 0.1 ? 0 : Math.exp(standardNormal(rng))));
      let weightSum = weights.reduce((s, w) => s + w, 0);
      if (weightSum === 0) {
        weights[0] = 1;
        weightSum = 1;
      }
      let assigned = 0;
      tail.forEach((c, k) => {
        counts[c] = Math.floor((weights[k] / weightSum) * left);
        assigned += counts[c];
      });
      const positive = tail.filter((_, k) => weights[k] > 0);
      for (let k = assigned; k < left; k++) counts[pick(rng, positive)]++;
      // Keep the tail below the big discussions, so the skew stays what the benchmark expects.
      const cap = Math.max(1, Math.floor((big.size > 0 ? Math.min(...[...big].map((c) => counts[c])) : hotCount) * 0.9));
      let overflow = 0;
      for (const c of tail) {
        if (counts[c] > cap) {
          overflow += counts[c] - cap;
          counts[c] = cap;
        }
      }
      for (let attempts = 0; overflow > 0 && attempts < 20 * tail.length + 1000; attempts++) {
        const c = pick(rng, positive);
        const room = cap - counts[c];
        if (room <= 0) continue;
        const take = Math.min(overflow, Math.max(1, Math.floor(room / 4)));
        counts[c] += take;
        overflow -= take;
      }
      counts[hot] += overflow; // only when the tail is full: tiny runs
    }
  }

  // Times: sorting one Float64Array of packed (time, article) keys puts all comments in global time
  // order, so ids grow with createdAt and replies come after their parents.
  const bits = Math.max(1, Math.ceil(Math.log2(Math.max(2, n))));
  const slots = 2 ** bits;
  let base = now;
  for (const i of commentable) base = Math.min(base, articles[i].publishAt!);
  const resolution = Math.max(1, Math.ceil(((now - base + 1) * slots) / 2 ** 52));
  const keys = new Float64Array(total);
  let k = 0;
  for (let c = 0; c < n; c++) {
    const publishAt = articles[commentable[c]].publishAt!;
    const room = now - publishAt - 60_000;
    for (let j = 0; j < counts[c]; j++) {
      // Most comments arrive in the first hours, some weeks later.
      let offset = rng() < 0.85 ? -Math.log(1 - rng()) * 10 * HOUR : rng() * 21 * DAY;
      if (offset > room) offset = rng() * room;
      const t = publishAt + 60_000 + offset;
      keys[k++] = Math.floor((t - base) / resolution) * slots + c;
    }
  }
  keys.sort();

  const status = new Uint8Array(total);
  const parent = new Int32Array(total).fill(-1);
  const approvedPerArticle = new Int32Array(n);
  const RING = 4;
  const ring = new Int32Array(n * RING);
  const ringSize = new Uint8Array(n);
  const ringNext = new Uint8Array(n);
  let pendingLeft = options.pending;
  let approved = 0;
  let replies = 0;
  for (let i = 0; i < total; i++) {
    const c = keys[i] % slots;
    // Selection sampling: exactly `pending` PENDING, spread evenly over time.
    let s: number;
    if (rng() * (total - i) < pendingLeft) {
      s = PENDING;
      pendingLeft--;
    } else {
      const r = rng();
      s = r < 0.92 ? APPROVED : r < 0.96 ? 2 : r < 0.985 ? 3 : DELETED;
    }
    status[i] = s;
    if (ringSize[c] > 0 && rng() < 0.18) {
      parent[i] = ring[c * RING + Math.floor(rng() * ringSize[c])];
      replies++;
    } else if (s === APPROVED) {
      ring[c * RING + ringNext[c]] = i;
      ringNext[c] = (ringNext[c] + 1) % RING;
      if (ringSize[c] < RING) ringSize[c]++;
    }
    if (s === APPROVED) {
      approvedPerArticle[c]++;
      approved++;
    }
  }
  return { total, pending: options.pending, approved, replies, commentable, counts, approvedPerArticle, hot, keys, bits, base, resolution, status, parent };
}

async function writeArticles(
  sink: Sink,
  rng: Rng,
  context: Context,
  articles: ArticlePlan[],
  plan: CommentPlan,
  firstId: number,
  log: (line: string) => void,
) {
  const approvedByArticle = new Map<number, number>();
  plan.commentable.forEach((a, c) => approvedByArticle.set(a, plan.approvedPerArticle[c]));
  // Sections get uneven shares, like real desks.
  const sectionWeights = context.sections.map(() => 0.3 + rng());
  const sectionTotal = sectionWeights.reduce((s, w) => s + w, 0);
  const pickSection = () => {
    let r = rng() * sectionTotal;
    for (const [i, w] of sectionWeights.entries()) if ((r -= w) <= 0) return context.sections[i];
    return context.sections[context.sections.length - 1];
  };
  const firstRevisionId = context.maxId.ArticleRevision + 1;
  for (let i = 0; i < articles.length; i++) {
    const a = articles[i];
    const id = firstId + i;
    const section = pickSection();
    const author = pick(rng, context.editors);
    const reviewer = a.status === "IN_REVIEW" || a.status === "SCHEDULED" ? pick(rng, context.editors) : null;
    const title = articleTitle(rng);
    let slug = `${asciiSlug(title).slice(0, 80).replace(/-+$/, "")}-${id}`;
    while (context.slugs.has(slug)) slug += "-v";
    const teaser = articleTeaser(rng);
    const bodyHtml = textToHtml(articleBody(rng));
    const r = rng();
    const byline = r < 0.5 ? author.name : r < 0.85 ? `Redaktion ${section.name}` : pick(rng, ["dpa/lsw", "Leserbeitrag", "red"]);
    const row: Value[] = [
      id, slug, section.id, author.id, reviewer?.id ?? null, byline, title, teaser, bodyHtml, rng() < 0.3 ? teaser : null,
      a.status, a.commentMode, a.publishAt, null, 1, approvedByArticle.get(i) ?? 0, a.createdAt, a.updatedAt,
    ];
    let pending = sink.add(T.article, row);
    if (pending) await pending;
    const data = JSON.stringify({ slug, sectionId: section.id, byline, status: a.status, commentMode: a.commentMode });
    pending = sink.add(T.revision, [firstRevisionId + i, id, 1, title, teaser, bodyHtml, data, author.id, a.createdAt]);
    if (pending) await pending;
    if ((i + 1) % 25_000 === 0) log(`  articles ${i + 1}/${articles.length}`);
  }
}

async function writeComments(
  sink: Sink,
  rng: Rng,
  context: Context,
  plan: CommentPlan,
  firstArticleId: number,
  now: number,
  log: (line: string) => void,
) {
  const total = plan.total;
  if (total === 0) return;
  const firstId = context.maxId.Comment + 1;
  // Regulars write much of the discussion: commenter k is drawn with probability falling like 1/sqrt(k).
  const commenterCount = Math.min(250_000, Math.max(50, Math.round(total / 20)));
  const names: string[] = [];
  const emails: string[] = [];
  const ipHashes: string[] = [];
  for (let k = 0; k < commenterCount; k++) {
    const { name, emailLocal } = commenterName(rng, k);
    names.push(name);
    emails.push(`${asciiSlug(emailLocal).replace(/-/g, ".")}.${k}@${pick(rng, MAIL_DOMAINS)}`);
    ipHashes.push(fakeHash(rng));
  }
  const sentences = commentSentencePool(rng, 4000);
  const slots = 2 ** plan.bits;
  const started = performance.now();
  const progressEvery = total >= 1_000_000 ? 250_000 : total >= 200_000 ? Math.ceil(total / 4) : Infinity;
  for (let i = 0; i < total; i++) {
    const key = plan.keys[i];
    const c = key % slots;
    const createdAt = plan.base + ((key - c) / slots) * plan.resolution;
    const commenter = Math.floor(commenterCount * rng() ** 2);
    // One to seven sentences, two on average; never the same sentence twice in a row.
    let sentence = Math.floor(rng() * sentences.length);
    let body = sentences[sentence];
    for (let extra = Math.floor(rng() * rng() * 7); extra > 0; extra--) {
      sentence = (sentence + 1 + Math.floor(rng() * (sentences.length - 1))) % sentences.length;
      body += " " + sentences[sentence];
    }
    const s = plan.status[i];
    const decided = s !== PENDING;
    const decidedAt = decided ? Math.min(now, createdAt + 60_000 + Math.floor(rng() * 4 * HOUR)) : null;
    // APPROVED without a moderator: the rules pipeline let it through (ModerationAction.actorId null).
    const decidedById = decided && (s !== APPROVED || rng() < 0.7) ? pick(rng, context.moderators).id : null;
    const p = plan.parent[i];
    const pending = sink.add(T.comment, [
      firstId + i,
      firstArticleId + plan.commentable[c],
      p >= 0 ? firstId + p : null,
      names[commenter],
      emails[commenter],
      ipHashes[commenter],
      body,
      COMMENT_STATUSES[s],
      s === DELETED ? (rng() < 0.8 ? "APPROVED" : "PENDING") : null,
      s === PENDING ? HELD_NEW_COMMENTER : null,
      decidedAt,
      decidedById,
      createdAt,
      decidedAt ?? createdAt,
    ]);
    if (pending) await pending;
    if ((i + 1) % progressEvery === 0 && i + 1 < total) {
      const elapsed = (performance.now() - started) / 1000;
      log(`  comments ${i + 1}/${total} (${Math.round((i + 1) / elapsed).toLocaleString("en-US")}/s)`);
    }
  }
}

async function writeSubscribers(
  sink: Sink,
  rng: Rng,
  context: Context,
  articles: ArticlePlan[],
  plan: CommentPlan,
  firstArticleId: number,
  count: number,
  now: number,
  log: (line: string) => void,
) {
  const firstSubscriberId = context.maxId.Subscriber + 1;
  let subscriptionId = context.maxId.Subscription + 1;
  // Thread subscriptions go to articles published shortly before the reader signed up.
  const threads = plan.commentable.map((a) => ({ id: firstArticleId + a, publishAt: articles[a].publishAt! })).sort((x, y) => x.publishAt - y.publishAt);
  const span = 730 * DAY;
  const start = now - span;
  let written = 0;
  const subscribe = async (subscriberId: number, listKey: string, articleId: number | null, requestedAt: number, recent: boolean) => {
    const r = rng();
    // Unconfirmed requests are purged after a week, so only recent ones can still be PENDING.
    const status = recent && r < 0.5 ? "PENDING" : r < 0.91 ? "CONFIRMED" : "UNSUBSCRIBED";
    const confirmedAt = status === "PENDING" ? null : Math.min(now, requestedAt + 2 * 60_000 + Math.floor(rng() * 10 * HOUR));
    const unsubscribedAt = status === "UNSUBSCRIBED" ? Math.min(now, confirmedAt! + Math.floor(rng() * 200 * DAY)) : null;
    const pending = sink.add(T.subscription, [
      subscriptionId++, subscriberId, listKey, articleId, status, articleId !== null && rng() < 0.2, "1", requestedAt, fakeHash(rng),
      confirmedAt, unsubscribedAt, status === "PENDING" ? requestedAt + 7 * DAY : null,
    ]);
    written++;
    if (pending) await pending;
  };
  for (let i = 0; i < count; i++) {
    const id = firstSubscriberId + i;
    // Sign-up times grow with the id, like real sign-ups.
    const createdAt = Math.floor(start + ((i + rng()) / count) * span);
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, LAST_NAMES);
    const local = rng() < 0.5 ? `${first}.${last}` : `${first.charAt(0)}${last}`;
    // The id in the address makes it unique without a lookup; lower-case as the app stores it.
    const email = `${asciiSlug(local).replace(/-/g, ".")}.${id}@${pick(rng, MAIL_DOMAINS)}`;
    const pending = sink.add(T.subscriber, [id, email, createdAt]);
    if (pending) await pending;

    let lo = 0;
    let hi = threads.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (threads[mid].publishAt <= createdAt) lo = mid + 1;
      else hi = mid - 1;
    }
    const thread = hi >= 0 ? threads[Math.max(0, hi - Math.floor(rng() * 50))] : null;
    const kind = rng();
    const recent = createdAt > now - 6 * DAY;
    if (thread === null || kind < 0.6) {
      await subscribe(id, "newsletter", null, createdAt, recent);
    } else if (kind < 0.85) {
      await subscribe(id, `thread:${thread.id}`, thread.id, createdAt, recent);
    } else {
      await subscribe(id, `thread:${thread.id}`, thread.id, createdAt, recent);
      await subscribe(id, "newsletter", null, createdAt + 60_000, recent);
    }
    if ((i + 1) % 250_000 === 0 && i + 1 < count) log(`  subscribers ${i + 1}/${count}`);
  }
  return written;
}

async function writeBookings(sink: Sink, rng: Rng, context: Context, count: number, now: number) {
  if (count === 0) return { advertisers: 0, bookings: 0, seats: 0, note: "" };
  if (context.slots.length === 0) return { advertisers: 0, bookings: 0, seats: 0, note: " (skipped: no active AdSlot rows)" };
  const today = dayOf(new Date(now));
  const pastDays = 730;
  const futureDays = 180;
  const days: string[] = [];
  for (let d = -pastDays, day = addDaysToDay(today, -pastDays); d <= futureDays; d++, day = addDaysToDay(day, 1)) days.push(day);
  const todayIndex = pastDays;
  // Seats already taken (the demo booking, earlier runs): the primary key (slotId, day, seat) forbids reuse.
  const taken = new Set(context.seats.map((s) => `${s.slotId}|${s.day}|${s.seat}`));
  const freeSeat = (slot: { id: number; capacity: number }, day: string) => {
    for (let seat = 0; seat < slot.capacity; seat++) if (!taken.has(`${slot.id}|${day}|${seat}`)) return seat;
    return -1;
  };

  const advertiserCount = Math.max(1, Math.round(count / 3));
  let advertiserId = context.maxId.Advertiser + 1;
  const advertiserIds: number[] = [];
  for (let i = 0; i < advertiserCount; i++) {
    const a = advertiser(rng);
    const pending = sink.add(T.advertiser, [
      advertiserId, a.name, a.contactName, `kontakt@${a.domain}`, rng() < 0.7 ? a.phone : null, Math.floor(now - (pastDays + 30) * DAY * rng()),
    ]);
    if (pending) await pending;
    advertiserIds.push(advertiserId++);
  }

  let bookingId = context.maxId.Booking + 1;
  let seats = 0;
  let bookedOut = 0;
  for (let i = 0; i < count; i++) {
    const slot = pick(rng, context.slots);
    const length = pick(rng, [3, 5, 7, 7, 7, 14, 14, 21, 28]);
    const r = rng();
    let status: "REQUESTED" | "BOOKED" | "REJECTED" | "CANCELLED" = r < 0.6 ? "BOOKED" : r < 0.75 ? "REQUESTED" : r < 0.88 ? "REJECTED" : "CANCELLED";
    // Open requests are for the future; everything else anywhere in the last two years and the next half year.
    let start = status === "REQUESTED" ? todayIndex + 1 + Math.floor(rng() * (futureDays - length)) : Math.floor(rng() * (days.length - length));
    let seatOfDay: number[] = [];
    let soldOut = false;
    if (status === "BOOKED") {
      let fits = false;
      for (let attempt = 0; attempt < 25 && !fits; attempt++) {
        if (attempt > 0) start = Math.floor(rng() * (days.length - length));
        seatOfDay = Array.from({ length }, (_, d) => freeSeat(slot, days[start + d]));
        fits = seatOfDay.every((seat) => seat >= 0);
      }
      if (!fits) {
        status = "REJECTED"; // what the ad desk answers when the slot is sold out
        soldOut = true;
        bookedOut++;
      }
    }
    const startDay = days[start];
    const endDay = days[start + length - 1];
    const startTime = Date.parse(`${startDay}T08:00:00Z`);
    const createdAt = status === "REQUESTED" ? Math.floor(now - rng() * 5 * DAY) : Math.min(now, Math.floor(startTime - (2 + rng() * 30) * DAY));
    const decided = status !== "REQUESTED";
    const decidedAt = decided ? Math.min(now, createdAt + Math.floor((1 + rng() * 47) * HOUR)) : null;
    const creative = adCreative(rng);
    let pending = sink.add(T.booking, [
      bookingId, pick(rng, advertiserIds), slot.id, startDay, endDay, status, creative.headline, creative.text,
      `https://www.${asciiSlug(creative.headline)}.example/`, length * slot.pricePerDayCents, decided ? pick(rng, context.adManagers).id : null,
      decidedAt, soldOut ? "Zeitraum ausgebucht" : status === "REJECTED" ? "Motiv passt nicht zu unseren Richtlinien" : null,
      createdAt,
    ]);
    if (pending) await pending;
    if (status === "BOOKED") {
      for (let d = 0; d < length; d++) {
        const day = days[start + d];
        taken.add(`${slot.id}|${day}|${seatOfDay[d]}`);
        pending = sink.add(T.seat, [slot.id, day, seatOfDay[d], bookingId]);
        if (pending) await pending;
        seats++;
        if (start + d < todayIndex) {
          const impressions = intBetween(rng, 800, 6000);
          pending = sink.add(T.adStat, [bookingId, day, impressions, Math.floor(impressions * rng() * 0.01)]);
          if (pending) await pending;
        }
      }
    }
    bookingId++;
  }
  return { advertisers: advertiserCount, bookings: count, seats, note: bookedOut > 0 ? ` (${bookedOut} found no free seat and were rejected)` : "" };
}

async function writeSurfTips(sink: Sink, rng: Rng, context: Context, weeks: number, now: number) {
  // The year up to this week plus the next four (planned ahead), skipping weeks the desk already filled.
  const ahead = Math.min(4, Math.max(0, weeks - 1));
  let id = context.maxId.SurfTip + 1;
  let newWeeks = 0;
  for (let w = -(weeks - 1 - ahead); w <= ahead; w++) {
    const week = isoWeekOf(new Date(now + w * 7 * DAY));
    if (context.surfWeeks.has(week)) continue;
    context.surfWeeks.add(week);
    newWeeks++;
    const createdAt = Math.min(now, Math.floor(now + (w * 7 - 3 - rng() * 4) * DAY));
    const used = new Set<string>();
    for (let position = 0, links = intBetween(rng, 3, 5); position < links; position++) {
      let tip = surfTip(rng);
      for (let retry = 0; used.has(tip.label) && retry < 10; retry++) tip = surfTip(rng);
      used.add(tip.label);
      const pending = sink.add(T.surfTip, [id++, week, position, tip.label, tip.url, createdAt]);
      if (pending) await pending;
    }
  }
  return { weeks: newWeeks, tips: id - (context.maxId.SurfTip + 1) };
}

// ---------------------------------------------------------------------------------------------------
// Command line.

const USAGE =
  "usage: npm run seed:volume -- --articles N --comments N --pending N --subscribers N [--bookings N] [--surf-weeks N] [--seed S]";

export function parseArgs(argv: string[]): VolumeOptions {
  const options: VolumeOptions = { articles: 0, comments: 0, pending: 0, subscribers: 0 };
  const numeric: Record<string, keyof VolumeOptions> = {
    "--articles": "articles",
    "--comments": "comments",
    "--pending": "pending",
    "--subscribers": "subscribers",
    "--bookings": "bookings",
    "--surf-weeks": "surfWeeks",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    if (flag === "--help" || flag === "-h") throw new Error(USAGE);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === "--seed") options.seed = value;
    else if (flag in numeric) {
      const n = Number(value.replace(/[_,]/g, ""));
      if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a whole number >= 0, got ${value}`);
      (options as Record<string, unknown>)[numeric[flag]] = n;
    } else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

async function main() {
  const url = process.env.DATABASE_URL ?? "file:./data/newsdesk.db";
  const options = parseArgs(process.argv.slice(2));
  console.log(
    `seed:volume on ${isPostgresUrl(url) ? "PostgreSQL" : "SQLite"}: ${options.articles} articles, ${options.comments} comments ` +
      `(${options.pending} pending), ${options.subscribers} subscribers, ${options.bookings ?? 300} bookings, ` +
      `${options.surfWeeks ?? 52} surf-tip weeks, seed ${options.seed ?? 1}`,
  );
  const report = await generateVolume(url, { ...options, log: (line) => console.log(line) });
  // Read generated rows back through the app's own client: if the stored formats were off, ordering
  // and comparisons on createdAt would be wrong here.
  const prisma = createPrismaClient(url);
  try {
    const newest = await prisma.comment.findFirst({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, createdAt: true } });
    const pending = await prisma.comment.count({ where: { status: "PENDING" } });
    const hot = report.hotArticleId
      ? await prisma.article.findUnique({ where: { id: report.hotArticleId }, select: { slug: true, approvedComments: true } })
      : null;
    console.log(
      `prisma check: newest comment #${newest?.id ?? "-"} at ${newest?.createdAt.toISOString() ?? "-"}, ${pending} pending in total` +
        (hot ? `, hot article /${hot.slug} shows ${hot.approvedComments} approved comments` : ""),
    );
  } finally {
    await prisma.$disconnect();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
