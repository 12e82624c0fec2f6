/**
 * What readers see is also kept in each app instance's memory: the production server's one-second
 * micro-cache (server/micro-cache.mjs) and the sidebar's data (features/site/sidebar-data.ts). The
 * instance that writes drops its own copies at once (features/articles/cache.ts); the others learn of
 * the change through one shared row in the database, a fresh token per change, which every instance
 * reads every POLL_MS (lib/background-jobs.ts). So with several instances behind a load balancer a
 * change reaches all of them within about a quarter of a second, with no message bus to run.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

export const POLL_MS = 250;
const KEY = "cache.readerGeneration";

/** Changes this close together share one announcement: the others read it only every POLL_MS anyway. */
export const COALESCE_MS = 40;
let next: Promise<void> | null = null;

/**
 * Tells the other instances that something readers see has changed (after the change committed). Each
 * announcement is its own durable write, so a moderator approving a comment every few milliseconds
 * would otherwise pay one commit per decision; calls within COALESCE_MS share one write, and each
 * call's promise settles once a write that started after it has committed.
 */
export function announceReaderChange(): Promise<void> {
  next ??= new Promise<void>((resolve) => setTimeout(resolve, COALESCE_MS)).then(async () => {
    next = null; // a change from now on needs a write of its own
    const value = randomUUID();
    await db.setting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } });
  });
  return next;
}

/**
 * A poller for one instance: each call reads the token and runs `drop` when it differs from the one
 * seen before (not on the first call: the caches of a starting instance are empty anyway).
 */
export function readerChangeFollower(drop: () => void) {
  let seen: unknown = undefined;
  return async function follow() {
    const row = await db.setting.findUnique({ where: { key: KEY }, select: { value: true } });
    const value = row?.value ?? null;
    if (seen !== undefined && value !== seen) drop();
    seen = value;
  };
}
