// The step runner shared by the test scripts (test-all, test-security, test-durability): runs each step
// with its output, counts Vitest and Playwright results test by test from their JSON reports (a run that
// fails without a report counts as one failure), builds the e2e app when needed, and ends every script
// with one line "N passed, N failed" and a summary file in test-reports/.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { buildIsCurrent, markBuilt } from "./e2e-build.mjs";

/** The titles ("file:line › title") of a Playwright JSON report's tests with the given outcome. */
function playwrightTests(report, outcome) {
  const found = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((t) => t.status === outcome)) found.push(`${spec.file}:${spec.line} › ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return found;
}

export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url ?? "");

/** @param {{ label: string, env: NodeJS.ProcessEnv }} options */
export function createRun({ label, env }) {
  const counts = { passed: 0, failed: 0 };
  const failures = [];
  fs.mkdirSync("test-reports", { recursive: true });
  fs.mkdirSync("data", { recursive: true });

  const fail = (what) => {
    counts.failed += 1;
    failures.push(what);
  };

  /** Runs a command; true when it exited 0. Not counted. */
  function step(name, cmd, args, extraEnv = {}) {
    console.log(`\n=== ${label} ${name}: ${cmd} ${args.join(" ")}`);
    const started = Date.now();
    const r = spawnSync(cmd, args, { env: { ...env, ...extraEnv }, stdio: "inherit" });
    console.log(`=== ${label} ${name}: ${r.status === 0 ? "ok" : `FAILED (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return r.status === 0;
  }

  /** A step that counts as one test. */
  function check(name, cmd, args, extraEnv) {
    const ok = step(name, cmd, args, extraEnv);
    if (ok) counts.passed += 1;
    else fail(name);
    return ok;
  }

  /** Runs a step that writes a JSON report, and counts the tests in it with `tally(report) → {passed, failed}`. */
  function counted(name, report, cmd, args, extraEnv, tally) {
    fs.rmSync(report, { force: true });
    const ok = step(name, cmd, args, extraEnv);
    let result = null;
    try {
      result = tally(JSON.parse(fs.readFileSync(report, "utf8")));
    } catch {
      // no report (the run died before writing it): counted as one failure below
    }
    if (result) {
      counts.passed += result.passed;
      counts.failed += result.failed;
      if (result.failed) failures.push(`${name}: ${result.failed} failed (${result.titles.join(" | ")})`);
      if (result.flaky?.length) console.log(`=== ${label} ${name}: passed on retry: ${result.flaky.join(" | ")}`);
    }
    if (!ok && (!result || result.failed === 0)) fail(`${name}: run failed`);
    return ok;
  }

  const vitest = (name, report, args, extraEnv = {}) =>
    counted(name, report, "npx", ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile=${report}`], extraEnv, (v) => ({
      passed: v.numPassedTests,
      failed: v.numFailedTests,
      titles: v.testResults.flatMap((file) => file.assertionResults.filter((t) => t.status === "failed").map((t) => `${file.name.replace(`${process.cwd()}/`, "")} > ${t.fullName}`)),
    }));

  const playwright = (name, report, args, extraEnv = {}) =>
    counted(name, report, "npx", ["playwright", "test", ...args, "--reporter=list,json"], { CI: "true", ...extraEnv, PLAYWRIGHT_JSON_OUTPUT_FILE: report }, (p) => ({
      passed: p.stats.expected + (p.stats.flaky ?? 0),
      failed: p.stats.unexpected,
      titles: playwrightTests(p, "unexpected"),
      flaky: playwrightTests(p, "flaky"),
    }));

  /** Builds the e2e app into distDir (always, or only when stale); false when the build failed (counted). */
  function build(distDir, databaseUrl, { always = false } = {}) {
    if (!always && buildIsCurrent(distDir, databaseUrl)) {
      console.log(`\n=== ${label}: ${distDir} is newer than the sources and built for this database: no build`);
      return true;
    }
    // Reader pages without parameters (the home page) are prerendered by the build: its database needs the tables.
    step("migrate the build's database", "npx", ["prisma", "migrate", "deploy"], { DATABASE_URL: databaseUrl });
    const ok = check("build for e2e", "npx", ["next", "build"], { DATABASE_URL: databaseUrl, NEXT_DIST_DIR: distDir, NEWSDESK_SKIP_BUILD_TYPECHECK: "1" });
    if (ok) markBuilt(distDir, databaseUrl);
    return ok;
  }

  /** Writes the summary file, prints the closing line and exits (1 when anything failed). */
  function finish(summaryFile, extra = {}) {
    fs.writeFileSync(summaryFile, JSON.stringify({ ...extra, ...counts, failures }));
    if (failures.length) console.log(`\n${label} failures: ${failures.join("; ")}`);
    console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
    process.exit(counts.failed ? 1 : 0);
  }

  return { step, check, fail, vitest, playwright, build, finish };
}
