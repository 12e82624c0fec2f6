/**
 * A one-second in-memory cache in front of Next.js for the public, cacheable responses (the reader
 * pages Next already serves from its ISR cache). Next spends ~2.5 ms of CPU per request on routing and
 * bookkeeping even for a cache hit; answering a repeat from memory is what lets one instance serve
 * thousands of reader requests per second. Only responses that Next marks public (`s-maxage`, no
 * `private`, no Set-Cookie) for plain GET/HEAD document requests are kept, for at most one second
 * (Next's own revalidation stays in charge; this adds about a second: while one request refreshes an
 * expired entry, the others get the previous answer for at most three more seconds), and the whole cache is
 * dropped when this instance writes something readers see (globalThis.__newsdeskMicroCache.clear()).
 */

const DEFAULT_TTL_MS = 1000;
const MAX_ENTRIES = 2000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** How long past its second an entry may still be served while its refresh is under way. */
const STALE_LIMIT_MS = 3000;

/** Next's own bookkeeping headers: of no use to a browser, so a remembered answer leaves them out. */
const INTERNAL_HEADERS = new Set(["x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time", "transfer-encoding", "content-length"]);

/** Request headers that change Next's answer: such requests are passed through, never cached. */
const VARYING_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url", "range", "authorization"];

export function createMicroCache({ ttlMs = DEFAULT_TTL_MS, now = () => Date.now() } = {}) {
  const entries = new Map();

  function keyOf(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    if (!req.url || req.url.startsWith("/_next/") || req.url.startsWith("/admin") || req.url.startsWith("/api/")) return null;
    for (const name of VARYING_HEADERS) if (req.headers[name] !== undefined) return null;
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
    return `${gzip} ${req.url}`;
  }

  function storable(res) {
    if (res.statusCode !== 200 && res.statusCode !== 404) return false;
    if (res.getHeader("set-cookie") !== undefined) return false;
    const cacheControl = String(res.getHeader("cache-control") ?? "");
    return /\bs-maxage=\d+/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl);
  }

  /** Answers from memory (true), or wraps `res` to remember Next's answer and returns false. */
  function serve(req, res) {
    const key = keyOf(req);
    if (!key) return false;
    const hit = entries.get(key);
    const at = now();
    // Fresh, or expired while one request already fetches the new answer from Next (the others keep
    // getting the previous one for at most a few more seconds instead of all waiting on Next at once).
    if (hit && (hit.expires > at || (hit.refreshing && hit.expires + STALE_LIMIT_MS > at))) {
      if (hit.etag && req.headers["if-none-match"] === hit.etag) {
        res.writeHead(304, hit.notModified);
        res.end();
      } else {
        res.writeHead(hit.status, hit.headers);
        res.end(req.method === "HEAD" ? undefined : hit.body);
      }
      return true;
    }
    if (req.method !== "GET") return false;
    if (hit && hit.expires + STALE_LIMIT_MS > at) hit.refreshing = true;
    else if (hit) entries.delete(key);
    const chunks = [];
    let size = 0;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function" || size > MAX_BODY_BYTES) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      size += buffer.length;
      chunks.push(buffer);
    };
    res.write = (chunk, encoding, callback) => {
      collect(chunk, encoding);
      return write(chunk, encoding, callback);
    };
    res.end = (chunk, encoding, callback) => {
      collect(chunk, encoding);
      if (size <= MAX_BODY_BYTES && storable(res)) {
        if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value);
        // Kept as a flat [name, value, ...] list: the cheapest form for writeHead on every hit.
        // A 304 to a matching If-None-Match carries the same headers but no body (RFC 9110 15.4.5).
        const headers = [];
        const notModified = [];
        for (const [name, raw] of Object.entries(res.getHeaders())) {
          if (INTERNAL_HEADERS.has(name) || raw === undefined) continue;
          const value = Array.isArray(raw) ? raw.join(", ") : String(raw);
          headers.push(name, value);
          if (name !== "content-type") notModified.push(name, value);
        }
        headers.push("content-length", String(size));
        const etag = res.getHeader("etag");
        entries.delete(key); // re-inserted last: the oldest entries are the first to go when full
        entries.set(key, { status: res.statusCode, headers, notModified, etag: typeof etag === "string" ? etag : null, body: Buffer.concat(chunks), expires: now() + ttlMs, refreshing: false });
      } else {
        entries.delete(key);
      }
      return end(chunk, encoding, callback);
    };
    return false;
  }

  return { serve, clear: () => entries.clear(), get size() {
    return entries.size;
  } };
}
