/**
 * Cross-site request refusal for every state-changing request (CSRF), before Next sees it. Next checks
 * the Origin of Server Actions only when one is sent (a request without Origin passes with a warning)
 * and Route Handlers not at all, so here: a POST (PUT, PATCH, DELETE) must name this site in its Origin
 * header — browsers send it on every such request, same-origin forms included. A missing Origin falls
 * back to a same-origin Referer (old browsers); `Origin: null` (sandboxed frames, data: URLs, file
 * pages) and foreign origins are refused. Exempt are only the endpoints that never act on a session:
 * the RFC 8058 one-click unsubscribe, which mail providers POST from their servers without Origin (its
 * signed token is the authorization), and the test clock (tests only, 404 otherwise).
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const PUBLIC_WRITES = [/^\/api\/abo\/abmelden\/[^/]+\/?$/, /^\/api\/test\/clock\/?$/];

function originOf(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * True when the request changes state and does not come from this site. `siteOrigin` is the public
 * URL (NEXTAUTH_URL); the request's own Host (or, behind a trusted proxy, X-Forwarded-Host) counts too.
 */
export function isCrossSiteWrite(req, { siteOrigin, trustProxy }) {
  if (SAFE_METHODS.has(String(req.method).toUpperCase())) return false;
  const path = String(req.url ?? "/").split("?")[0];
  if (PUBLIC_WRITES.some((pattern) => pattern.test(path))) return false;
  const header = req.headers.origin ?? (req.headers.referer ? originOf(req.headers.referer) : undefined);
  if (!header || header === "null") return true;
  const origin = originOf(header);
  if (!origin) return true;
  if (siteOrigin && origin === originOf(siteOrigin)) return false;
  const forwardedHost = trustProxy ? String(req.headers["x-forwarded-host"] ?? "").split(",")[0].trim() : "";
  const host = forwardedHost || req.headers.host;
  return !host || new URL(origin).host !== host;
}
