// `npm test`: every check the project has, in order: typecheck, lint, unit + integration (Vitest on a
// real temporary database), then the e2e suite (Playwright against a production build on its own port
// and database) and the durability tests that need that build (comment load, kill -9 loop). The database
// is SQLite unless TEST_DATABASE_URL / E2E_DATABASE_URL name PostgreSQL.
// Ends with one line "N passed, N failed" and writes the counts to test-reports/summary-<lane>.json.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { markBuilt } from "./e2e-build.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const pg = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "");
const lane = pg ? "postgres" : "sqlite";
const skipStatic = process.env.NEWSDESK_SKIP_STATIC === "1";
const buildUrl = pg ? process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL : "file:./data/e2e-3200.db";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: buildUrl, CI: process.env.CI ?? "true" };
// Reports live apart from test-results/, which Playwright empties at the start of every run.
fs.mkdirSync("test-reports", { recursive: true });

const counts = { passed: 0, failed: 0 };
const failures = [];

function step(name, cmd, args, extraEnv = {}) {
  console.log(`\n=== [${lane}] ${name}: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
  console.log(`=== [${lane}] ${name}: ${r.status === 0 ? "ok" : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function check(name, cmd, args, extraEnv) {
  const ok = step(name, cmd, args, extraEnv);
  counts[ok ? "passed" : "failed"] += 1;
  if (!ok) failures.push(name);
  return ok;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

// The generated client is per provider: generate for the lane's database first.
if (!check("prisma generate", "npx", ["prisma", "generate"])) finish();
if (!skipStatic) {
  check("typecheck", "npx", ["tsc", "--noEmit"]);
  check("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
}

const vitestReport = `test-reports/vitest-${lane}.json`;
fs.rmSync(vitestReport, { force: true });
const vitestOk = step("unit + integration (vitest)", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${vitestReport}`]);
const v = readJson(vitestReport);
if (v) {
  counts.passed += v.numPassedTests;
  counts.failed += v.numFailedTests;
  if (v.numFailedTests) failures.push(`vitest: ${v.numFailedTests} failed`);
}
if (!vitestOk && (!v || v.numFailedTests === 0)) {
  counts.failed += 1;
  failures.push("vitest run failed");
}

// Reader pages without parameters (the home page) are prerendered by the build: its database needs the tables.
step("migrate the build's database", "npx", ["prisma", "migrate", "deploy"]);
const built = check("build for e2e", "npx", ["next", "build"], { NEXT_DIST_DIR: ".next-e2e", NEWSDESK_SKIP_BUILD_TYPECHECK: "1" });
if (built) markBuilt(".next-e2e", buildUrl);
if (built) {
  const e2eReport = "test-reports/e2e.json";
  fs.rmSync(e2eReport, { force: true });
  const e2eOk = step("e2e (playwright)", "npx", ["playwright", "test"], { CI: "true", E2E_DIST_DIR: ".next-e2e" });
  const p = readJson(e2eReport);
  if (p?.stats) {
    counts.passed += p.stats.expected + (p.stats.flaky ?? 0);
    counts.failed += p.stats.unexpected;
    if (p.stats.unexpected) failures.push(`e2e: ${p.stats.unexpected} failed`);
    fs.renameSync(e2eReport, `test-reports/e2e-${lane}.json`);
  }
  if (!e2eOk && (!p?.stats || p.stats.unexpected === 0)) {
    counts.failed += 1;
    failures.push("playwright run failed");
  }
  // The durability tests that need the build: comment load and the kill -9 loop (vitest.server.config.mts).
  const durabilityReport = `test-reports/vitest-durability-server-${lane}.json`;
  fs.rmSync(durabilityReport, { force: true });
  const durabilityOk = step("durability under load (vitest)", "npx", ["vitest", "run", "-c", "vitest.server.config.mts", "--reporter=default", "--reporter=json", `--outputFile=${durabilityReport}`]);
  const d = readJson(durabilityReport);
  if (d) {
    counts.passed += d.numPassedTests;
    counts.failed += d.numFailedTests;
    if (d.numFailedTests) failures.push(`durability under load: ${d.numFailedTests} failed`);
  }
  if (!durabilityOk && (!d || d.numFailedTests === 0)) {
    counts.failed += 1;
    failures.push("durability under load run failed");
  }
}
finish();

function finish() {
  fs.writeFileSync(`test-reports/summary-${lane}.json`, JSON.stringify({ lane, ...counts, failures }));
  if (failures.length) console.log(`\n[${lane}] failures: ${failures.join("; ")}`);
  console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed ? 1 : 0);
}
