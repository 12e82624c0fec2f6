/**
 * Only same-origin paths are followed after login. Absolute URLs (whatever their host), `//evil`,
 * `/\evil` and `javascript:` fall back: our own redirects (proxy.ts, requirePage) always pass paths.
 */
export function safeCallbackPath(value: string | null | undefined, fallback = "/admin"): string {
  if (!value) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}

/**
 * The absolute URL on this site that `value` names (a safe path, or an absolute http(s) URL of this
 * very origin), or null: for next-auth, whose own check throws on values like `\\evil`.
 */
export function sameSiteUrl(value: string, baseUrl: string): string | null {
  const base = new URL(baseUrl);
  const path = safeCallbackPath(value, "");
  if (path) return `${base.origin}${path}`;
  if (/[\u0000-\u001f\\]/.test(value)) return null;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === base.origin ? url.href : null;
  } catch {
    return null;
  }
}
