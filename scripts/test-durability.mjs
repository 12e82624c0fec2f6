// `npm run test:durability`: the durability suite alone (../shared/SECURITY.md) — the Vitest files in
// test/durability/ (durability settings, outbox crash), then the ones that need the production build
// (test/durability/server/: comment load, kill -9 loop), building `.next-e2e` first when it is missing or
// older than the sources. `npm test` runs the same files among all the others. Ends with "N passed, N failed".
import path from "node:path";
import { createRun, isPostgresUrl } from "./test-steps.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));
const pg = isPostgresUrl(process.env.TEST_DATABASE_URL);
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const buildUrl = pg ? process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL : "file:./data/e2e-3200.db";
const run = createRun({ label: "durability", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: buildUrl, CI: process.env.CI ?? "true" } });

if (!run.step("prisma generate", "npx", ["prisma", "generate"])) run.fail("prisma generate");
else {
  run.vitest("vitest (test/durability)", "test-reports/vitest-durability-unit.json", ["test/durability"]);
  if (run.build(distDir, buildUrl)) {
    run.vitest("comment load and kill -9 (test/durability/server)", "test-reports/vitest-durability-server.json", ["-c", "vitest.server.config.mts"]);
  }
}
run.finish("test-reports/summary-durability.json");
