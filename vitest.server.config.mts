// The durability tests that need the production build (test/durability/server/*.server.test.ts): run by
// scripts/test-all.mjs and scripts/test-durability.mjs after `.next-e2e` is built. Each file makes its
// own database (no global setup) and serves the app on its own port of the 37xx range.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      "server-only": path.join(import.meta.dirname, "test/empty-module.ts"),
    },
  },
  test: {
    environment: "node",
    pool: "forks",
    fileParallelism: false,
    include: ["test/durability/server/**/*.server.test.ts"],
    // The kill loop restarts the server 20 times: ~5 s each on an idle 2-core machine, 15 s on a loaded one.
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
