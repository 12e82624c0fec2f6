/** The app's one Prisma client. Server-only: components and pages never import it directly. */
import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

const globalForDb = globalThis as unknown as { newsdeskDb?: Db };

export const db: Db = globalForDb.newsdeskDb ?? createPrismaClient(env.databaseUrl, { logSql: env.logSql });
globalForDb.newsdeskDb = db;

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/**
 * Splits a list for statements that take one bind parameter per item: Prisma refuses a statement with
 * more parameters than SQLite allows (999), e.g. `id IN (…1,000 ids)` or a createMany of many rows.
 */
export function inChunks<T>(items: readonly T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A date column read by plain SQL: PostgreSQL's driver gives a Date, SQLite's the stored ISO text. */
export function sqlDate(value: Date | string): Date;
export function sqlDate(value: Date | string | null): Date | null;
export function sqlDate(value: Date | string | null): Date | null {
  return value === null ? null : value instanceof Date ? value : new Date(value);
}

/** Prisma's P2002: a unique key refused the write (two requests raced for the same row). */
type DbError = { code?: unknown; meta?: { target?: unknown; driverAdapterError?: { cause?: { kind?: unknown; constraint?: unknown } } } } | null;

/** A unique constraint refused the write: P2002 from the query builder, or the driver's error from plain SQL (P2010). */
export const isUniqueViolation = (error: unknown) =>
  (error as DbError)?.code === "P2002" || (error as DbError)?.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation";

/** Which unique constraint refused the write (its fields or index name, as text), for telling one from another. */
export const uniqueViolationTarget = (error: unknown): string => {
  const meta = (error as DbError)?.meta;
  return JSON.stringify(meta?.target ?? meta?.driverAdapterError?.cause?.constraint ?? "");
};

/** Runs `work` in a serializable transaction, retried a few times when PostgreSQL reports a write conflict (P2034; SQLite serializes writers anyway). */
export async function serializable<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(work, { isolationLevel: "Serializable" });
    } catch (error) {
      if (attempt >= 3 || (error as { code?: unknown } | null)?.code !== "P2034") throw error;
    }
  }
}
