/** Load and timing against loopback: autocannon runs, sequential timings, staff login, the static baseline. */
import http from "node:http";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { freePort, HOST } from "./server";

// autocannon ships no types: the part of its programmatic API used here.
type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
};
type AutocannonOptions = { url: string; connections: number; duration: number; headers?: Record<string, string> };
const autocannon = createRequire(import.meta.url)("autocannon") as (options: AutocannonOptions) => Promise<AutocannonResult>;

/**
 * How long every figure warms the server up before it measures: the load figures at full load, the
 * sequential ones one request after another. The first few hundred requests of a route still run
 * unoptimized code (approving 5 comments and then 50 more measured 12.2 ms median, the sixth such
 * round 9.0 ms), and a production server is warm.
 */
export const WARMUP_SECONDS = 3;

export type LoadResult = { rps: number; p50: number; total: number; errors: number; non2xx: number };

function assertLoopback(url: string) {
  if (new URL(url).hostname !== HOST) throw new Error(`refusing to send load to ${url}: only ${HOST} is allowed`);
}

export async function load(url: string, connections: number, duration: number, headers?: Record<string, string>): Promise<LoadResult> {
  assertLoopback(url);
  const r = await autocannon({ url, connections, duration, headers });
  return { rps: r.requests.average, p50: r.latency.p50, total: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

/** Warm-up (not counted), then the measured run. */
export async function warmLoad(url: string, connections: number, duration: number, headers?: Record<string, string>) {
  await load(url, connections, WARMUP_SECONDS, headers);
  return load(url, connections, duration, headers);
}

// One socket, kept alive between the sequential requests.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/**
 * One request over a kept-alive socket, as autocannon sends them: node:http, not `fetch`. Undici's fetch
 * spends ~2.5 ms of this machine's CPU per request on its own (measured: a trivial route handler answers
 * in 1.6 ms median through node:http and in 3.3-4.8 ms through fetch), which a sequential timing would
 * count as the server's. Redirects are not followed.
 */
export function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  assertLoopback(url);
  const headers = { ...options.headers, ...(options.body === undefined ? {} : { "content-length": String(Buffer.byteLength(options.body)) }) };
  return new Promise<{ status: number; contentType: string; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? "GET", headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers["content-type"] ?? "application/octet-stream"), body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

export const fetchOnce = (url: string, headers?: Record<string, string>) => request(url, { headers });

/** Repeats `once` for WARMUP_SECONDS (at least `min` times), results thrown away. */
export async function warmUp(once: () => Promise<unknown>, min = 5) {
  const until = performance.now() + WARMUP_SECONDS * 1000;
  for (let i = 0; i < min || performance.now() < until; i++) await once();
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Sequential requests (keep-alive) after the warm-up, each timed until its body is read; the median in ms. */
export async function medianMs(url: string, headers: Record<string, string>, count = 30) {
  const timed = async () => {
    const start = performance.now();
    const res = await fetchOnce(url, headers);
    const ms = performance.now() - start;
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}`);
    return ms;
  };
  await warmUp(timed);
  const times: number[] = [];
  for (let i = 0; i < count; i++) times.push(await timed());
  return median(times);
}

const cookiePairs = (res: Response) => res.headers.getSetCookie().map((c) => c.split(";", 1)[0]);

/** next-auth credentials login; returns the Cookie header of the session. */
export async function login(baseUrl: string, email: string, password: string) {
  assertLoopback(baseUrl);
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = new Map<string, string>();
  const keep = (res: Response) => cookiePairs(res).forEach((pair) => jar.set(pair.slice(0, pair.indexOf("=")), pair));
  keep(csrf);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    // server/serve.mjs refuses writes without this site's Origin (CSRF), as a browser's login sends it.
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: [...jar.values()].join("; "), origin: new URL(baseUrl).origin },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseUrl}/admin`, json: "true" }),
  });
  await res.arrayBuffer();
  keep(res);
  if (![...jar.keys()].some((name) => name.includes("session-token"))) throw new Error(`login as ${email} failed (${res.status})`);
  return [...jar.values()].join("; ");
}

// The baseline server runs in a worker thread: its own event loop, not shared with autocannon's.
const BASELINE_SERVER = `
const http = require("node:http");
const { parentPort, workerData } = require("node:worker_threads");
const body = Buffer.from(workerData.body);
const server = http.createServer((req, res) => {
  res.writeHead(200, { "content-type": workerData.contentType, "content-length": body.length });
  res.end(body);
});
server.listen(workerData.port, workerData.host, () => parentPort.postMessage("listening"));
`;

/** A plain node:http server answering every request with these bytes from memory. */
export async function startBaseline(body: Buffer, contentType: string) {
  const port = await freePort();
  const worker = new Worker(BASELINE_SERVER, { eval: true, workerData: { body, contentType, port, host: HOST } });
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  return { url: `http://${HOST}:${port}/`, stop: () => worker.terminate() };
}
