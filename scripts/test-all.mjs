// `npm test`: every check the project has, in order: typecheck, lint, unit + integration (Vitest on a
// real temporary database), then the e2e suite (Playwright against a production build on its own port
// and database) and the durability tests that need that build (comment load, kill -9 loop). The database
// is SQLite unless TEST_DATABASE_URL / E2E_DATABASE_URL name PostgreSQL; on PostgreSQL the e2e suite runs
// as production does at scale: two app instances behind a round-robin proxy (E2E_INSTANCES, default 2
// there, 1 on SQLite). Ends with one line "N passed, N failed" and writes test-reports/summary-<lane>.json.
import path from "node:path";
import { createRun, isPostgresUrl } from "./test-steps.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));
const pg = isPostgresUrl(process.env.TEST_DATABASE_URL);
const lane = pg ? "postgres" : "sqlite";
const buildUrl = pg ? process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL : "file:./data/e2e-3200.db";
const instances = process.env.E2E_INSTANCES ?? (pg ? "2" : "1");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: buildUrl, CI: process.env.CI ?? "true" };
const run = createRun({ label: `[${lane}]`, env });
const finish = () => run.finish(`test-reports/summary-${lane}.json`, { lane });

// The generated client is per provider: generate for the lane's database first.
if (!run.check("prisma generate", "npx", ["prisma", "generate"])) finish();
if (process.env.NEWSDESK_SKIP_STATIC !== "1") {
  run.check("typecheck", "npx", ["tsc", "--noEmit"]);
  run.check("lint", "npx", ["eslint", "--max-warnings", "0", "."]);
}
run.vitest("unit + integration (vitest)", `test-reports/vitest-${lane}.json`, []);
if (run.build(".next-e2e", buildUrl, { always: true })) {
  run.playwright(`e2e (playwright, ${instances} instance${instances === "1" ? "" : "s"})`, `test-reports/e2e-${lane}.json`, [], {
    E2E_DIST_DIR: ".next-e2e",
    E2E_INSTANCES: instances,
  });
  // The durability tests that need the build: comment load and the kill -9 loop (vitest.server.config.mts).
  run.vitest("durability under load (vitest)", `test-reports/vitest-durability-server-${lane}.json`, ["-c", "vitest.server.config.mts"]);
}
finish();
