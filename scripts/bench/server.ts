/** The production server (server/serve.mjs) on a free loopback port, its peak memory, and stopping it with all its children. */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { DIST_DIR } from "./build";
import { serverEnv } from "../../server/process-env.mjs";

export const HOST = "127.0.0.1";
const SERVER = path.join("server", "serve.mjs");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The pid and all its descendants (from /proc/<pid>/stat's ppid field). */
function processTree(root: number) {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function rssKb(pid: number) {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export type AppServer = { url: string; port: number; pid: number; peakRssMb: () => number; stop: () => Promise<void>; kill: () => Promise<void> };
/** A fixed port (the durability suite restarts on the same address) and another build than the bench's. */
export type ServerOptions = { port?: number; distDir?: string; readyPath?: string; ready?: () => boolean };

/** `env` adds to or overrides the server's environment (mail_send_per_s turns the mail sender on). */
export async function startServer(databaseUrl: string, log: (line: string) => void, env: Record<string, string> = {}, options: ServerOptions = {}): Promise<AppServer> {
  const port = options.port ?? (await freePort());
  const url = `http://${HOST}:${port}`;
  // The production server (server/serve.mjs: Next.js behind the reader micro-cache), run by node
  // directly (npm's wrapper would add ~75 MB to rss_mb). Own process group (detached), so stop()
  // reaches any children too.
  const child: ChildProcess = spawn(process.execPath, [SERVER, "-p", String(port), "-H", HOST], {
    env: serverEnv({
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXT_DIST_DIR: options.distDir ?? DIST_DIR,
      NEXTAUTH_SECRET: "bench-secret-not-for-production-0123456789",
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      CHECKPOINT_DISABLE: "1",
      // comment_post_rps posts as distinct readers via X-Forwarded-For, as behind a reverse proxy.
      NEWSDESK_TRUST_PROXY: "1",
      // No mail delivery in the measured server: approvals queue notifications (the bench database has
      // 1,000,000 subscribers), and a sender draining them, or an earlier run's backlog, would measure
      // the outbox instead of the page or action in question. Delivery gets its own figure.
      NEWSDESK_MAIL_SENDER: "0",
      ...env,
    }),
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
  });
  const pid = child.pid!;
  let exited = false;
  child.once("exit", () => (exited = true));

  let peakKb = 0;
  const sample = () => {
    if (exited) return;
    peakKb = Math.max(peakKb, processTree(pid).reduce((sum, p) => sum + rssKb(p), 0));
  };
  const sampler = setInterval(sample, 200);

  const stop = async () => {
    clearInterval(sampler);
    if (exited) return;
    const ended = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await ended;
    clearTimeout(timer);
  };

  // SIGKILL to the whole group, as a crash or the OOM killer would end it: no shutdown handler runs.
  const kill = async () => {
    clearInterval(sampler);
    if (exited) return;
    const ended = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      return;
    }
    await ended;
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error("the app server exited before it answered");
    try {
      if (options.ready) {
        if (options.ready()) break;
      } else {
        const res = await fetch(`${url}${options.readyPath ?? "/"}`, { redirect: "manual" });
        await res.arrayBuffer();
        if (res.status < 500) break;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the app server did not answer on ${url} within 60 s`);
    }
    await new Promise((r) => setTimeout(r, options.ready ? 20 : 250));
  }
  log(`the app server is up on ${url} (pid ${pid})`);
  return { url, port, pid, peakRssMb: () => (sample(), peakKb / 1024), stop, kill };
}
