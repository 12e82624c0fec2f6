/**
 * A few seconds of memory for expensive reads that many requests repeat (the article list's status
 * counts, its filter choices). Per instance; the writes that change them forget them at once
 * (`forget(prefix)`), other instances see the change after the time-to-live at the latest.
 */
type Entry = { value: Promise<unknown>; expires: number };

const entries = new Map<string, Entry>();

export async function remember<T>(key: string, ttlMs: number, load: () => Promise<T>): Promise<T> {
  const hit = entries.get(key);
  if (hit && hit.expires > Date.now()) return hit.value as Promise<T>;
  const value = load();
  entries.set(key, { value, expires: Date.now() + ttlMs });
  // A failed load is not remembered.
  value.catch(() => entries.delete(key));
  return value;
}

export function forget(prefix: string) {
  for (const key of entries.keys()) if (key.startsWith(prefix)) entries.delete(key);
}
