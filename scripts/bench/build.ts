/** The production build in its own dist dir, skipped while it is newer than the app's sources. */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const DIST_DIR = ".next-bench";
const SOURCE_DIRS = ["app", "features", "lib", "components", "messages"];
const SOURCE_FILES = ["next.config.mjs", "next.config.ts", "package.json"];

function newestSourceMtime() {
  let newest = 0;
  const visit = (p: string) => {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      return;
    }
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const p of [...SOURCE_DIRS, ...SOURCE_FILES]) visit(p);
  return newest;
}

/** `next build` adds `<distDir>/types/**` include lines to tsconfig.json; the repo's file must stay as it is. */
function restoreTsconfig() {
  const text = fs.readFileSync("tsconfig.json", "utf8");
  const lines = text.split("\n");
  const kept = lines.filter((line) => !line.includes(`"${DIST_DIR}/`));
  if (kept.length === lines.length) return false;
  // The line before a closing bracket must not end with a comma.
  for (let i = 0; i < kept.length - 1; i++) {
    if (/^\s*\]/.test(kept[i + 1]) && kept[i].trimEnd().endsWith(",")) kept[i] = kept[i].replace(/,(\s*)$/, "$1");
  }
  fs.writeFileSync("tsconfig.json", kept.join("\n"));
  return true;
}

export function ensureBuild(databaseUrl: string, rebuild: boolean, log: (line: string) => void) {
  const buildId = path.join(DIST_DIR, "BUILD_ID");
  // Pages prerendered at build time read the database the build ran with: a build per bench database.
  // The marker also keeps when the build started: a source saved during the build counts as newer.
  const marker = path.join(DIST_DIR, "bench-build.json");
  let built: { databaseUrl?: string; startedAt?: number } = {};
  try {
    built = JSON.parse(fs.readFileSync(marker, "utf8")) as typeof built;
  } catch {
    // no bench build yet
  }
  const fresh = built.databaseUrl === databaseUrl && (built.startedAt ?? 0) > newestSourceMtime() && fs.existsSync(buildId);
  if (!rebuild && fresh) {
    log(`build ${DIST_DIR} is up to date, reused`);
    return false;
  }
  log(`building into ${DIST_DIR} (next build)...`);
  const started = performance.now();
  try {
    execFileSync("npx", ["next", "build"], {
      env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "ignore", "inherit"],
    });
  } finally {
    if (restoreTsconfig()) log("  removed the .next-bench include lines next build added to tsconfig.json");
  }
  fs.writeFileSync(marker, JSON.stringify({ databaseUrl, startedAt: Date.now() - (performance.now() - started) }));
  log(`  built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return true;
}
