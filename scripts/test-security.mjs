// `npm run test:security`: the security suite alone (../shared/SECURITY.md) — the Vitest files in
// test/security/ and the Playwright specs in e2e/security/, against the e2e build (`.next-e2e`, built
// first when it is missing or older than the sources, as scripts/test-all.mjs builds it). `npm test`
// runs these same files among all the others. Ends with one line "N passed, N failed".
import path from "node:path";
import { createRun, isPostgresUrl } from "./test-steps.mjs";

process.chdir(path.resolve(import.meta.dirname, ".."));
const pg = isPostgresUrl(process.env.TEST_DATABASE_URL);
const port = process.env.E2E_PORT ?? "3200";
const distDir = process.env.E2E_DIST_DIR ?? ".next-e2e";
const buildUrl = pg ? process.env.E2E_DATABASE_URL ?? process.env.TEST_DATABASE_URL : `file:./data/e2e-${port}.db`;
const run = createRun({ label: "security", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: buildUrl, CI: process.env.CI ?? "true" } });

if (!run.step("prisma generate", "npx", ["prisma", "generate"])) run.fail("prisma generate");
else {
  run.vitest("vitest (test/security)", "test-reports/vitest-security.json", ["test/security"]);
  if (run.build(distDir, buildUrl)) {
    run.playwright("playwright (e2e/security)", "test-reports/e2e-security.json", ["e2e/security"], { E2E_PORT: port, E2E_DIST_DIR: distDir });
  }
}
run.finish("test-reports/summary-security.json");
