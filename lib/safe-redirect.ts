/** Only same-origin paths are followed after login: `//evil`, `/\evil`, absolute and `javascript:` URLs fall back. */
export function safeCallbackPath(value: string | null | undefined, fallback = "/admin"): string {
  if (!value) return fallback;
  let path = value;
  try {
    // next-auth may hand us an absolute URL of our own origin; keep only its path.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = url.pathname + url.search;
    }
  } catch {
    return fallback;
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\") || /[\u0000-\u001f]/.test(path)) return fallback;
  return path;
}
