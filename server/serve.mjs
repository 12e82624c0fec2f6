// The production server: Next.js (the built app in NEXT_DIST_DIR or .next) behind the reader
// micro-cache (server/micro-cache.mjs). `npm start`, the e2e suite and the benchmark all serve
// through this file, so what is tested and measured is what runs.
//
//   node server/serve.mjs [-p PORT] [-H HOST]
import http from "node:http";
import next from "next";
import { clientAddress } from "./client-address.mjs";
import { contentSecurityPolicy, createNonce } from "./csp.mjs";
import { createMicroCache } from "./micro-cache.mjs";
import { isCrossSiteWrite } from "./same-origin.mjs";

const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
};
const port = Number(arg("-p", process.env.PORT ?? "3000"));
const hostname = arg("-H", process.env.HOSTNAME ?? "0.0.0.0");

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const cache = createMicroCache();
// Writes in this instance (features/articles/cache.ts) drop the micro-cache together with Next's pages.
globalThis.__newsdeskMicroCache = cache;

// Flood limits and IP bans depend on the client address: see server/client-address.mjs.
const trustProxy = process.env.NEWSDESK_TRUST_PROXY === "1";

// CSRF: state-changing requests from other sites are refused before Next (server/same-origin.mjs).
const siteOrigin = process.env.NEXTAUTH_URL;

const server = http.createServer((req, res) => {
  if (cache.serve(req, res)) return; // GET and HEAD only
  if (isCrossSiteWrite(req, { siteOrigin, trustProxy })) {
    // Answered before Next, so without next.config.mjs's headers: nothing in it may run or be sniffed.
    res.writeHead(403, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'; frame-ancestors 'none'" });
    res.end("Forbidden: cross-site request");
    return;
  }
  req.headers["x-forwarded-for"] = clientAddress(req, trustProxy);
  delete req.headers["x-real-ip"];
  // A fresh nonce per render (server/csp.mjs). A client's own CSP request header is overwritten: Next
  // takes the nonce from it. Uploaded media keep their stricter policy from next.config.mjs.
  const policy = contentSecurityPolicy(createNonce());
  req.headers["content-security-policy"] = policy;
  delete req.headers["content-security-policy-report-only"];
  if (!req.url?.startsWith("/media/")) res.setHeader("Content-Security-Policy", policy);
  handle(req, res).catch((error) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error");
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`▲ Newsdesk ready on http://${hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    // The mail sender (lib/mail/runner.ts) hands back the mail it has not sent yet.
    const jobs = [...(globalThis.__newsdeskJobs?.values() ?? [])].map((job) => job.stop());
    const stopped = Promise.allSettled([globalThis.__newsdeskMailSender?.stop(), ...jobs]);
    server.close(() => stopped.finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
