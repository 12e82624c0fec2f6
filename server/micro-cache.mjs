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
      res.writeHead(hit.status, hit.headers);
      res.end(req.method === "HEAD" ? undefined : hit.body);
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
        const headers = { ...res.getHeaders() };
        delete headers["transfer-encoding"];
        headers["content-length"] = String(size);
        entries.delete(key); // re-inserted last: the oldest entries are the first to go when full
        entries.set(key, { status: res.statusCode, headers, body: Buffer.concat(chunks), expires: now() + ttlMs, refreshing: false });
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
