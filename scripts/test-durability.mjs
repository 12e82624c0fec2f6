// `npm run test:durability`: the durability suite alone (../shared/SECURITY.md) — the Vitest files in
// test/durability/ (durability settings, outbox crash), then the ones that need the production build
// (test/durability/server/: comment load, kill -9 loop), building `.next-e2e` first when it is missing or
// older than the sources. `npm test` runs the same files among all the others. Ends with "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIsCurrent, markBuilt } from "./e2e-build.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));
const pg = /^postgres(ql)?:\/\//.test(process.env.TEST_DATABASE_URL ?? "");
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const buildUrl = pg ? process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL : "file:./data/e2e-3200.db";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: buildUrl, CI: process.env.CI ?? "true" };
fs.mkdirSync("test-reports", { recursive: true });
fs.mkdirSync("data", { recursive: true });
const counts = { passed: 0, failed: 0 };
const failures = [];

function step(name, cmd, args, extraEnv = {}) {
  console.log(`\n=== durability: ${name}: ${cmd} ${args.join(" ")}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
  console.log(`=== durability: ${name}: ${r.status === 0 ? "ok" : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return r.status === 0;
}

/** A Vitest run counted test by test from its JSON report. */
function vitest(name, tag, args) {
  const report = `test-reports/vitest-durability-${tag}.json`;
  fs.rmSync(report, { force: true });
  const ok = step(name, "npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile=${report}`]);
  let v = null;
  try {
    v = JSON.parse(fs.readFileSync(report, "utf8"));
  } catch {
    // no report: counted as one failure below
  }
  if (v) {
    counts.passed += v.numPassedTests;
    counts.failed += v.numFailedTests;
    if (v.numFailedTests) failures.push(`${name}: ${v.numFailedTests} failed`);
  }
  if (!ok && (!v || v.numFailedTests === 0)) {
    counts.failed += 1;
    failures.push(`${name} run failed`);
  }
}

if (!step("prisma generate", "npx", ["prisma", "generate"])) {
  counts.failed += 1;
  failures.push("prisma generate");
} else {
  vitest("vitest (test/durability)", "unit", ["test/durability"]);
  let built = buildIsCurrent(distDir, buildUrl);
  if (built) console.log(`\n=== durability: ${distDir} is newer than the sources and built for this database: no build`);
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
  if (built) vitest("comment load and kill -9 (test/durability/server)", "server", ["-c", "vitest.server.config.mts"]);
}
fs.writeFileSync("test-reports/summary-durability.json", JSON.stringify({ ...counts, failures }));
if (failures.length) console.log(`\ndurability failures: ${failures.join("; ")}`);
console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
