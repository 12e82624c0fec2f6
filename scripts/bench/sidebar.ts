/**
 * sidebar_overhead_ms: the extra render time the ad and surf-tip sidebar adds to a reader page, median.
 * Measured by sidebar-probe.tsx in a child process against the bench database (the app's own data
 * loading and markup, without Next around it, so nothing else of the page is in the figure).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

type Probe = { kept: number; loading: number; loadOnly: number; markupOnly: number; bytes: number; slots: number; ads: number; tips: number };

export function measureSidebarOverhead(databaseUrl: string) {
  const root = path.resolve(import.meta.dirname, "../..");
  const out = execFileSync(process.execPath, ["--import", "tsx", "--import", "./scripts/bench/server-only-stub.mjs", "scripts/bench/sidebar-probe.tsx"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", NEWSDESK_JOBS: "0", NEWSDESK_MAIL_SENDER: "0" },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  const p = JSON.parse(out.trim().split("\n").at(-1)!) as Probe;
  const f = (ms: number) => `${ms.toFixed(3)} ms`;
  return {
    value: p.kept,
    note:
      `median of 2,000 sidebar renders as a reader page render does them (${p.slots} slots, ${p.ads} running bookings, ${p.tips} surf tips; ${p.bytes.toLocaleString("en-US")} bytes of HTML): ` +
      `data kept 5 s per instance (lib/memo.ts), so a render pays the markup only; the render that loads it (once per 5 s and instance, or after an ad/surf-tip change) ${f(p.loading)}, ` +
      `of which the two queries ${f(p.loadOnly)}; markup alone ${f(p.markupOnly)}. Reader pages are served from cache, so a page view itself pays none of this`,
  };
}
