// Whether the e2e build (`.next-e2e`) is newer than everything it is made from: the suites that run
// against it alone (test:security, test:durability) build it first only when it is missing or stale.
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "features", "lib", "components", "i18n", "messages", "prisma", "server", "types", "proxy.ts", "instrumentation.ts", "next.config.mjs", "package-lock.json", "tsconfig.json", "postcss.config.mjs"];

/** The newest modification time below these paths (test files excluded). */
function newestSource() {
  let newest = 0;
  const visit = (p) => {
    if (!fs.existsSync(p)) return;
    const stat = fs.statSync(p);
    if (stat.isDirectory()) {
      for (const entry of fs.readdirSync(p)) if (entry !== "node_modules" && !entry.startsWith(".")) visit(path.join(p, entry));
    } else if (!/\.test\.tsx?$/.test(p)) newest = Math.max(newest, stat.mtimeMs);
  };
  SOURCES.forEach(visit);
  return newest;
}

// The build bundles the Prisma client of one provider: a SQLite build cannot serve PostgreSQL.
const providerFile = (distDir) => path.join(distDir, "newsdesk-provider");
const providerOf = (url) => (/^postgres(ql)?:\/\//.test(url ?? "") ? "postgresql" : "sqlite");

export function buildIsCurrent(distDir, databaseUrl) {
  const marker = path.join(distDir, "BUILD_ID");
  if (!fs.existsSync(marker) || fs.statSync(marker).mtimeMs < newestSource()) return false;
  return fs.existsSync(providerFile(distDir)) && fs.readFileSync(providerFile(distDir), "utf8") === providerOf(databaseUrl);
}

/** Called after a successful build with the DATABASE_URL it was built with. */
export function markBuilt(distDir, databaseUrl) {
  fs.writeFileSync(providerFile(distDir), providerOf(databaseUrl));
}
