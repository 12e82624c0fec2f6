// Starts the app for the e2e suite: a fresh database (SQLite file, or the PostgreSQL database named by
// E2E_DATABASE_URL), migrated and seeded, served from the e2e build on its own port with the test clock.
// E2E_INSTANCES=2 serves it as production does at scale: two app instances on the one database behind
// a round-robin proxy on the port (scripts/round-robin-proxy.mjs), each with its mail sender and jobs.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import { startMailCatcher } from "./mail-catcher.mjs";
import { startRoundRobinProxy } from "./round-robin-proxy.mjs";
import { serverEnv } from "../server/process-env.mjs";

const port = process.env.E2E_PORT ?? "3200";
const url = process.env.E2E_DATABASE_URL ?? `file:./data/e2e-${port}.db`;
const env = {
  ...process.env,
  DATABASE_URL: url,
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? ".next-e2e",
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
  NEWSDESK_TEST_CLOCK: "1",
  // Specs act as distinct readers by sending their own X-Forwarded-For, as a reverse proxy would.
  NEWSDESK_TRUST_PROXY: "1",
  NEXT_TELEMETRY_DISABLED: "1",
};

fs.mkdirSync("data", { recursive: true });
if (url.startsWith("file:")) {
  const file = url.slice("file:".length);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
const run = (args) => execFileSync("npx", args, { env, stdio: ["ignore", "ignore", "inherit"] });
if (!url.startsWith("file:")) run(["prisma", "migrate", "reset", "--force", "--skip-seed", "--skip-generate"]);
run(["prisma", "migrate", "deploy"]);
run(["tsx", "prisma/seed.ts"]);

// The app's mail goes to a real SMTP server; the specs read what arrived from this folder.
const mail = await startMailCatcher(`data/e2e-mail-${port}`);
env.SMTP_URL = mail.url;

const instances = Number(process.env.E2E_INSTANCES ?? "1");
const ports = instances > 1 ? Array.from({ length: instances }, (_, i) => String(Number(port) + 1 + i)) : [port];
const children = ports.map((p) => spawn(process.execPath, ["server/serve.mjs", "-p", p, "-H", "127.0.0.1"], { env: serverEnv(env), stdio: "inherit" }));
if (instances > 1) {
  // The proxy listens only once every instance answers, so the suite never meets a half-started pair.
  for (const p of ports) await untilAnswering(`http://127.0.0.1:${p}/login`);
  await startRoundRobinProxy(Number(port), ports.map(Number));
}

async function untilAnswering(url) {
  for (;;) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => children.forEach((child) => child.kill(signal)));
for (const child of children) child.on("exit", (code) => process.exit(code ?? 0));
