/**
 * Values kept in memory for a short time per server instance: figures that are expensive to compute and
 * the same for every request (the subscription counts at 1,000,000 rows, the reader sidebar). Kept on
 * globalThis because Next bundles pages, route handlers and background jobs separately, and a write in
 * one must be able to drop what another keeps. Concurrent callers share one load. Other instances see
 * a change after `ttlMs` at the latest.
 */
type Entry = { loadedAt: number; value: Promise<unknown> };

declare global {
  var __newsdeskMemo: Map<string, Entry> | undefined;
}

const entries = (globalThis.__newsdeskMemo ??= new Map<string, Entry>());

/** The value kept under `key` if younger than `ttlMs`, else `load()`'s (a failed load is not kept). */
export function memo<T>(key: string, ttlMs: number, load: () => Promise<T>, nowMs = Date.now()): Promise<T> {
  const hit = entries.get(key);
  if (hit && nowMs - hit.loadedAt < ttlMs && nowMs >= hit.loadedAt) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { loadedAt: nowMs, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}

/** Drops every kept value whose key starts with `prefix` (this instance's own change). */
export function forget(prefix: string) {
  for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
}
