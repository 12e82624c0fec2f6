/**
 * A one-second in-memory cache in front of Next.js for the reader pages. Next spends ~2.5 ms of CPU per
 * request on routing and bookkeeping (and a reader page now renders per request, for its CSP nonce);
 * answering a repeat from memory is what lets one instance serve thousands of reader requests per second.
 * Kept, for plain GET/HEAD document requests without Set-Cookie: responses Next marks public
 * (`s-maxage`, no `private`), and the HTML of the reader page paths in READER_PAGES (status 200/404),
 * which Next marks `private, no-store` because they are dynamic. At most one second each (while one
 * request refreshes an expired entry, the others get the previous answer for at most three more
 * seconds); the whole cache is dropped when this instance writes something readers see
 * (globalThis.__newsdeskMicroCache.clear()).
 *
 * A remembered page is replayed with the Content-Security-Policy header of the render it came from, so
 * several readers get the same nonce for those few seconds. That is safe: the nonce is made per render
 * (server/csp.mjs), after everything the page shows was stored, so no stored markup (a comment, a
 * name) can carry it, and the reader pages read no cookie, so nothing personal is replayed. A 304 carries
 * no CSP header at all (the browser keeps the one of the body it already has).
 */

/**
 * The reader pages of app/(site) that show the same to every reader: home, article, its comment pages,
 * section and its pages. Never /admin, /login, /api, /vorschau, /abo/…, /werben, /newsletter or any
 * token page: those are per person or carry secrets.
 */
const READER_PAGES = [/^\/$/, /^\/artikel\/[^/?#]+$/, /^\/artikel\/[^/?#]+\/kommentare\/\d+$/, /^\/ressort\/[^/?#]+$/, /^\/ressort\/[^/?#]+\/seite\/\d+$/];

export const isReaderPage = (url) => READER_PAGES.some((pattern) => pattern.test(url));

const DEFAULT_TTL_MS = 1000;
const MAX_ENTRIES = 2000;
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/**
 * All kept bodies together. Entries alone would not bound it: a crawler walking 2,000 comment and section
 * pages (60-130 KB each) would keep ~250 MB. The oldest entries go first.
 */
const DEFAULT_MAX_TOTAL_BYTES = 64 * 1024 * 1024;
/** How long past its second an entry may still be served while its refresh is under way. */
const STALE_LIMIT_MS = 3000;

/** Next's own bookkeeping headers: of no use to a browser, so a remembered answer leaves them out. */
const INTERNAL_HEADERS = new Set(["x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time", "transfer-encoding", "content-length"]);

/** Request headers that change Next's answer: such requests are passed through, never cached. */
const VARYING_HEADERS = ["rsc", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-action", "next-url", "range", "authorization"];

export function createMicroCache({ ttlMs = DEFAULT_TTL_MS, now = () => Date.now(), maxTotalBytes = DEFAULT_MAX_TOTAL_BYTES } = {}) {
  const entries = new Map();
  let totalBytes = 0;

  function forget(key) {
    const entry = entries.get(key);
    if (!entry) return;
    totalBytes -= entry.body.length;
    entries.delete(key);
  }

  function keyOf(req) {
    if (req.method !== "GET" && req.method !== "HEAD") return null;
    if (!req.url || req.url.startsWith("/_next/") || req.url.startsWith("/admin") || req.url.startsWith("/api/")) return null;
    for (const name of VARYING_HEADERS) if (req.headers[name] !== undefined) return null;
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) ? "gzip" : "identity";
    return `${gzip} ${req.url}`;
  }

  function storable(req, res) {
    if (res.statusCode !== 200 && res.statusCode !== 404) return false;
    if (res.getHeader("set-cookie") !== undefined) return false;
    const cacheControl = String(res.getHeader("cache-control") ?? "");
    if (/\bs-maxage=\d+/.test(cacheControl) && !/\b(private|no-store)\b/.test(cacheControl)) return true;
    return isReaderPage(req.url) && /^text\/html\b/.test(String(res.getHeader("content-type") ?? ""));
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
    else if (hit) forget(key);
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
      if (size <= MAX_BODY_BYTES && size <= maxTotalBytes && storable(req, res)) {
        forget(key); // re-inserted last: the oldest entries are the first to go when full
        while (entries.size >= MAX_ENTRIES || totalBytes + size > maxTotalBytes) forget(entries.keys().next().value);
        // Kept as a flat [name, value, ...] list: the cheapest form for writeHead on every hit.
        // A 304 to a matching If-None-Match carries the same headers but no body (RFC 9110 15.4.5).
        const headers = [];
        const notModified = [];
        for (const [name, raw] of Object.entries(res.getHeaders())) {
          if (INTERNAL_HEADERS.has(name) || raw === undefined) continue;
          const value = Array.isArray(raw) ? raw.join(", ") : String(raw);
          headers.push(name, value);
          if (name !== "content-type" && name !== "content-security-policy") notModified.push(name, value);
        }
        headers.push("content-length", String(size));
        const etag = res.getHeader("etag");
        totalBytes += size;
        entries.set(key, { status: res.statusCode, headers, notModified, etag: typeof etag === "string" ? etag : null, body: Buffer.concat(chunks), expires: now() + ttlMs, refreshing: false });
      } else {
        forget(key);
      }
      return end(chunk, encoding, callback);
    };
    return false;
  }

  function clear() {
    entries.clear();
    totalBytes = 0;
  }

  return { serve, clear, get size() {
    return entries.size;
  }, get bytes() {
    return totalBytes;
  } };
}
