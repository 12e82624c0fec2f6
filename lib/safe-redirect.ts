/**
 * Only same-origin paths are followed after login. Absolute URLs (whatever their host), `//evil`,
 * `/\evil` and `javascript:` fall back: our own redirects (proxy.ts, requirePage) always pass paths.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/admin"): string {
  if (!value) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
