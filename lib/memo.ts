/**
 * Values kept in memory for a short time per server instance: figures that are expensive to compute and
 * the same for every request (the subscription counts at 1,000,000 rows, the reader sidebar). Kept on
 * globalThis because Next bundles pages, route handlers and background jobs separately, and a write in
 * one must be able to drop what another keeps. Concurrent callers share one load. Other instances see
 * a change after `ttlMs` at the latest (plus one load with `refreshInBackground`).
 */
type Entry = { loadedAt: number; value: Promise<unknown>; settled: boolean; refreshing: boolean };

declare global {
  var __newsdeskMemo: Map<string, Entry> | undefined;
}

const entries = (globalThis.__newsdeskMemo ??= new Map<string, Entry>());

export type MemoOptions = {
  /**
   * When the kept value is older than `ttlMs`, answer with it once more and load the new one in the
   * background, so that no caller waits for a slow load after the first (a failed refresh keeps the old
   * value and is tried again by the next caller). Only the first load, and the first after `forget`, is waited for.
   */
  refreshInBackground?: boolean;
};

/** The value kept under `key` if younger than `ttlMs`, else `load()`'s (a failed load is not kept). */
export function memo<T>(key: string, ttlMs: number, load: () => Promise<T>, nowMs = Date.now(), options: MemoOptions = {}): Promise<T> {
  const hit = entries.get(key);
  if (hit && nowMs - hit.loadedAt < ttlMs && nowMs >= hit.loadedAt) return hit.value as Promise<T>;
  if (hit && hit.settled && options.refreshInBackground) {
    if (!hit.refreshing) refresh(key, hit, load, nowMs);
    return hit.value as Promise<T>;
  }
  const value = load();
  const entry: Entry = { loadedAt: nowMs, value, settled: false, refreshing: false };
  entries.set(key, entry);
  value.then(
    () => (entry.settled = true),
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  return value;
}

function refresh<T>(key: string, old: Entry, load: () => Promise<T>, nowMs: number) {
  old.refreshing = true;
  load().then(
    (v) => {
      // Only if nothing dropped or replaced the old value meanwhile: a `forget` wins over this load.
      if (entries.get(key) === old) entries.set(key, { loadedAt: nowMs, value: Promise.resolve(v), settled: true, refreshing: false });
    },
    () => (old.refreshing = false),
  );
}

/** Drops every kept value whose key starts with `prefix` (this instance's own change). */
export function forget(prefix: string) {
  for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
}
