// A small reverse proxy for the two-instance e2e run (scripts/e2e-server.mjs with E2E_INSTANCES=2): every
// request goes to the next app instance in turn, never "sticky", so a test's session, rate limits, cache
// revalidation and mail all have to work across instances. Streams both ways and keeps the Host header.
// Test-only in one respect: an X-Forwarded-For the client sent is passed on as it is (the specs act as
// distinct readers through it, as if behind a trusted proxy chain); without one it names the socket's
// address. In production use nginx or the platform's load balancer (README, "Production topology").
import http from "node:http";

/** Starts the proxy on `port` in front of `targets` (ports on 127.0.0.1); resolves with its server. */
export function startRoundRobinProxy(port, targets) {
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const server = http.createServer((req, res) => {
    const target = targets[next++ % targets.length];
    const headers = { ...req.headers, "x-forwarded-for": req.headers["x-forwarded-for"] ?? req.socket.remoteAddress ?? "" };
    const upstream = http.request({ host: "127.0.0.1", port: target, method: req.method, path: req.url, headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(res);
    });
    upstream.on("error", (error) => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      res.end(`Bad gateway: ${error.message}`);
    });
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 65_000;
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
