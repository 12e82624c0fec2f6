// `npm run test:security`: the security suite alone (../shared/SECURITY.md) — the Vitest files in
// test/security/ and the Playwright specs in e2e/security/, against the e2e build (`.next-e2e`, built
// first when it is missing or older than the sources, as scripts/test-all.mjs builds it). `npm test`
// runs these same files among all the others. Ends with one line "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsCurrent, markBuilt } from "./e2e-build.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const pg = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "");
const port = process.env.E2E_PORT ?? "3200";
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const buildUrl = pg ? process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL : `file:./data/e2e-${port}.db`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: buildUrl, CI: process.env.CI ?? "true" };
fs.mkdirSync("test-reports", { recursive: true });
fs.mkdirSync("data", { recursive: true });

const counts = { passed: 0, failed: 0 };
const failures = [];

function step(name, cmd, args, extraEnv = {}) {
  console.log(`\n=== security: ${name}: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
  console.log(`=== security: ${name}: ${r.status === 0 ? "ok" : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

if (!step("prisma generate", "npx", ["prisma", "generate"])) {
  counts.failed += 1;
  failures.push("prisma generate");
  finish();
}

const vitestReport = "test-reports/vitest-security.json";
fs.rmSync(vitestReport, { force: true });
const vitestOk = step("vitest (test/security)", "npx", ["vitest", "run", "test/security", "--reporter=default", "--reporter=json", `--outputFile=${vitestReport}`]);
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

let built = buildIsCurrent(distDir, buildUrl);
if (built) console.log(`\n=== security: ${distDir} is newer than the sources and built for this database: no build`);
else {
  // Reader pages without parameters are prerendered by the build: its database needs the tables.
  step("migrate the build's database", "npx", ["prisma", "migrate", "deploy"]);
  built = step("build for e2e", "npx", ["next", "build"], { NEXT_DIST_DIR: distDir, NEWSDESK_SKIP_BUILD_TYPECHECK: "1" });
  if (built) markBuilt(distDir, buildUrl);
  else {
    counts.failed += 1;
    failures.push("build for e2e");
  }
}
if (built) {
  const e2eReport = "test-reports/e2e-security.json";
  fs.rmSync(e2eReport, { force: true });
  const e2eOk = step("playwright (e2e/security)", "npx", ["playwright", "test", "e2e/security", "--reporter=list,json"], {
    CI: "true",
    E2E_PORT: port,
    E2E_DIST_DIR: distDir,
    PLAYWRIGHT_JSON_OUTPUT_FILE: e2eReport,
  });
  const p = readJson(e2eReport);
  if (p?.stats) {
    counts.passed += p.stats.expected + (p.stats.flaky ?? 0);
    counts.failed += p.stats.unexpected;
    if (p.stats.unexpected) failures.push(`e2e: ${p.stats.unexpected} failed`);
  }
  if (!e2eOk && (!p?.stats || p.stats.unexpected === 0)) {
    counts.failed += 1;
    failures.push("playwright run failed");
  }
}
finish();

function finish() {
  fs.writeFileSync("test-reports/summary-security.json", JSON.stringify({ ...counts, failures }));
  if (failures.length) console.log(`\nsecurity failures: ${failures.join("; ")}`);
  console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed ? 1 : 0);
}
