/**
 * The durability settings an acknowledged write depends on, read from the database itself: SQLite in WAL
 * mode with synchronous=FULL (set by lib/prisma-client.ts on its connection: a committed transaction
 * survives a crash or power loss), PostgreSQL with fsync and synchronous_commit on. Checked when a server
 * starts (instrumentation.ts logs it) and by the test suite on both databases.
 */
import type { Db } from "@/lib/prisma-client";

export type Durability = { database: "sqlite" | "postgres"; settings: Record<string, string>; problems: string[] };

const SQLITE_SYNCHRONOUS = ["OFF", "NORMAL", "FULL", "EXTRA"];

export async function readDurability(db: Db, postgres: boolean): Promise<Durability> {
  if (postgres) {
    const [[commit], [fsync]] = await Promise.all([
      db.$queryRaw<{ synchronous_commit: string }[]>`SHOW synchronous_commit`,
      db.$queryRaw<{ fsync: string }[]>`SHOW fsync`,
    ]);
    const settings = { synchronous_commit: commit.synchronous_commit, fsync: fsync.fsync };
    const problems = [
      ...(["on", "remote_write", "remote_apply"].includes(settings.synchronous_commit) ? [] : [`synchronous_commit is ${settings.synchronous_commit}: a commit is acknowledged before it is on disk`]),
      ...(settings.fsync === "on" ? [] : ["fsync is off: a crash can corrupt the database"]),
    ];
    return { database: "postgres", settings, problems };
  }
  const [[mode], [sync]] = [await db.$queryRaw<{ journal_mode: string }[]>`PRAGMA journal_mode`, await db.$queryRaw<{ synchronous: number | bigint }[]>`PRAGMA synchronous`];
  const settings = { journal_mode: mode.journal_mode.toUpperCase(), synchronous: SQLITE_SYNCHRONOUS[Number(sync.synchronous)] ?? String(sync.synchronous) };
  const problems = [
    ...(settings.journal_mode === "WAL" ? [] : [`journal_mode is ${settings.journal_mode}, not WAL`]),
    ...(settings.synchronous === "FULL" || settings.synchronous === "EXTRA" ? [] : [`synchronous is ${settings.synchronous}: a commit can be lost on power failure`]),
  ];
  return { database: "sqlite", settings, problems };
}

export function describeDurability(d: Durability) {
  const settings = Object.entries(d.settings)
    .map(([k, v]) => `${k}=${v}`)
    .join(" ");
  return d.problems.length === 0 ? `durability: ${d.database} ${settings} (ok)` : `durability: ${d.database} ${settings} — NOT DURABLE: ${d.problems.join("; ")}`;
}
