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
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
});
