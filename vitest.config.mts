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
    include: ["**/*.test.ts"],
    // test/durability/server needs the production build: vitest.server.config.mts runs it after the build.
    exclude: ["node_modules/**", "e2e/**", "test/durability/server/**", ".next/**", ".next-*/**", "generated/**"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
