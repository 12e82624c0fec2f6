// `npm start`: the one command of the quick start. Uses only Node's standard library, so it runs on a
// fresh clone: installs dependencies, prepares the data folder and secret, generates the Prisma client,
// migrates, seeds an empty database, builds when the sources changed, and serves the app.
import { execFileSync, spawn } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { serverEnv } from "../server/process-env.mjs";

const root = path.resolve(import.meta.dirname, "..");
process.chdir(root);
const port = process.env.PORT ?? "3000";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
env.DATABASE_URL ??= "file:./data/newsdesk.db";
env.DATA_DIR ??= "./data";
env.NEXTAUTH_URL ??= `http://localhost:${port}`;
const provider = /^postgres(ql)?:\/\//.test(env.DATABASE_URL) ? "postgresql" : "sqlite";

function run(cmd, args) {
  console.log(`\n> ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { env, stdio: "inherit" });
}

// 1. Dependencies: install when missing or when the lockfile changed since the last install.
const installed = "node_modules/.package-lock.json";
if (!fs.existsSync(installed) || fs.statSync("package-lock.json").mtimeMs > fs.statSync(installed).mtimeMs) run("npm", ["ci"]);

// 2. Data folder and a generated secret for the embedded default (production sets NEXTAUTH_SECRET).
fs.mkdirSync(env.DATA_DIR, { recursive: true });
if (!env.NEXTAUTH_SECRET) {
  const file = path.join(env.DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  env.NEXTAUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

// 3. Build stamp: the generated client and the build depend on the sources and on the database provider.
function sourceHash() {
  const hash = createHash("sha256").update(provider);
  const walk = (p) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name));
    else hash.update(`${p}:${stat.size}:${stat.mtimeMs}\n`);
  };
  for (const p of ["app", "components", "features", "lib", "i18n", "messages", "prisma", "public", "proxy.ts", "next.config.mjs", "package-lock.json", "tsconfig.json", "postcss.config.mjs"]) walk(p);
  return hash.digest("hex");
}
const stampFile = path.join(".next", "newsdesk-build-stamp");
const stamp = sourceHash();
const built = fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp;

if (!built) run("npx", ["prisma", "generate"]);
run("npx", ["prisma", "migrate", "deploy"]);
run("npx", ["tsx", "prisma/seed.ts"]);
if (!built) {
  run("npx", ["next", "build"]);
  fs.writeFileSync(stampFile, stamp);
}

console.log(`\nNewsdesk runs on ${env.NEXTAUTH_URL} (dashboard: ${env.NEXTAUTH_URL}/admin)\n`);
const child = spawn(process.execPath, ["server/serve.mjs", "-p", port], { env: serverEnv(env), stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
