/**
 * A fingerprint of everything an action could change: every row of every model (through Prisma, so it
 * works on SQLite and PostgreSQL alike) and the uploaded files. Two equal fingerprints mean a refused
 * call changed nothing.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ModelName } from "@/generated/prisma/internal/prismaNamespace";
import { db } from "@/lib/db";

type Delegate = { findMany: (args?: object) => Promise<Record<string, unknown>[]> };

const json = (value: unknown) => JSON.stringify(value, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

function mediaFiles(): string[] {
  const dir = path.join(process.env.DATA_DIR ?? "./data", "media");
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}

/** Instance coordination, not data: any write readers see sets a fresh token (lib/cache-signal.ts), also after the fact. */
const isCoordination = (model: string, row: Record<string, unknown>) => model === "Setting" && String(row.key).startsWith("cache.");

/** Model name -> hash of its rows (order-independent), plus the media folder's listing. */
export async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const model of Object.values(ModelName)) {
    const delegate = (db as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)];
    const rows = (await delegate.findMany()).filter((row) => !isCoordination(model, row)).map(json).sort();
    out[model] = `${rows.length}:${createHash("sha256").update(rows.join("\n")).digest("hex").slice(0, 16)}`;
  }
  out.media = mediaFiles().join(",");
  return out;
}

/** The names of what differs between two snapshots. */
export function changed(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((k) => before[k] !== after[k]);
}
