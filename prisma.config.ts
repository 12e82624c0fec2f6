// Prisma CLI configuration: picks the SQLite or PostgreSQL schema folder and migrations from DATABASE_URL.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { pgForCli, sqliteForCli } from "./prisma/adapter-fixes";

process.env.DATABASE_URL ??= "file:./data/newsdesk.db"; // the schema's url = env(...) must resolve (TOOLCHAIN gotcha 1)
const url = process.env.DATABASE_URL;
const isPg = /^postgres(ql)?:\/\//.test(url);
const dir = path.join("prisma", isPg ? "postgres" : "sqlite");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: dir,
  migrations: { path: path.join(dir, "migrations"), seed: "tsx prisma/seed.ts" },
  adapter: async () => (isPg ? pgForCli(url) : sqliteForCli(url)),
});
