/** The app's one Prisma client. Server-only: components and pages never import it directly. */
import "server-only";
import { env } from "@/lib/env";
import { createPrismaClient, type Db } from "@/lib/prisma-client";

const globalForDb = globalThis as unknown as { newsdeskDb?: Db };

export const db: Db = globalForDb.newsdeskDb ?? createPrismaClient(env.databaseUrl, { logSql: env.logSql });
globalForDb.newsdeskDb = db;

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
