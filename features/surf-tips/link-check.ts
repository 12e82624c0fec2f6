/**
 * Checks the surf tips of the current and the coming weeks (WEEKS_AHEAD), so a dead link is flagged in
 * the planner before its week starts: each tip gets linkStatus OK or UNREACHABLE and linkCheckedAt.
 * Run by the planner's "Links prüfen" button (actions.ts) and once a day by a background job.
 * The fetcher is a parameter (default: publicFetcher, public addresses only) so tests need no network. Redirects are
 * followed by hand, and only to http(s) addresses; a redirect anywhere else counts as unreachable.
 */
import "server-only";
import http from "node:http";
import https from "node:https";
import { addWeeks, WEEKS_AHEAD } from "@/features/surf-tips/weeks";
import { db } from "@/lib/db";
import { isoWeekOf } from "@/lib/dates";
import { hostMayBePublic, publicLookup } from "@/lib/public-address";
import { safeHttpUrl } from "@/lib/url";

export type LinkFetcher = (url: string, init: RequestInit) => Promise<Response>;
export type LinkStatus = "OK" | "UNREACHABLE";

/**
 * The real one: http(s).request, connecting only to public addresses (lib/public-address.ts) — staff type
 * these addresses, and the check must not become a way to probe this server's own network. Answers with
 * the status and headers only; the body is never read.
 */
export const publicFetcher: LinkFetcher = (url, init) =>
  new Promise((resolve, reject) => {
    const target = new URL(url);
    if (!hostMayBePublic(target)) return reject(new Error(`${target.hostname} is not a public address`));
    const request = (target.protocol === "https:" ? https : http).request(
      target,
      { method: init.method ?? "GET", headers: init.headers as Record<string, string>, lookup: publicLookup, signal: init.signal ?? undefined },
      (response) => {
        response.destroy();
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) if (typeof value === "string") headers.set(name, value);
        try {
          resolve(new Response(null, { status: response.statusCode ?? 502, headers }));
        } catch (error) {
          reject(error); // a status outside 200-599
        }
      },
    );
    request.on("error", reject);
    request.end();
  });

/** What the check uses unless told otherwise; a test replaces `fetcher` here to check through the staff action with a fake web. */
export const linkChecking: { fetcher: LinkFetcher } = { fetcher: publicFetcher };
const defaultFetcher: LinkFetcher = (url, init) => linkChecking.fetcher(url, init);

const TIMEOUT_MS = 8_000;
const MAX_REDIRECTS = 5;
const PARALLEL = 4;
/** The daily job skips tips checked more recently than this (several instances run the job). */
const RECHECK_AFTER_MS = 20 * 3600_000;

async function reachableWith(method: "HEAD" | "GET", start: string, fetcher: LinkFetcher, timeoutMs: number): Promise<boolean> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await fetcher(url, {
      method,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "Newsdesk-Linkpruefung/1.0", accept: "text/html,*/*;q=0.8" },
    });
    // Only the status matters: never read a body.
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return true;
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return false;
    let next: string | null;
    try {
      next = safeHttpUrl(new URL(location, url).href);
    } catch {
      next = null;
    }
    if (!next) return false;
    url = next;
  }
  return false;
}

/** Whether an http(s) address answers with success: HEAD first, GET when HEAD fails (many servers refuse HEAD). */
export async function checkLink(value: string, fetcher: LinkFetcher = defaultFetcher, timeoutMs = TIMEOUT_MS): Promise<LinkStatus> {
  const url = safeHttpUrl(value);
  if (!url) return "UNREACHABLE";
  for (const method of ["HEAD", "GET"] as const) {
    try {
      if (await reachableWith(method, url, fetcher, timeoutMs)) return "OK";
    } catch {
      // Network error or timeout: try the next method, then give up.
    }
  }
  return "UNREACHABLE";
}

export type LinkCheckSummary = { checked: number; unreachable: number };

/**
 * Checks the tips of the week of `at` and the WEEKS_AHEAD weeks after it. `onlyStale` skips tips
 * checked in the last 20 hours (the daily job). A tip whose address changed during the check keeps
 * its new, unchecked state.
 */
export async function checkSurfTipLinks(at: Date, options: { fetcher?: LinkFetcher; onlyStale?: boolean; signal?: AbortSignal } = {}): Promise<LinkCheckSummary> {
  const fetcher = options.fetcher ?? defaultFetcher;
  const current = isoWeekOf(at);
  const tips = await db.surfTip.findMany({
    where: {
      isoWeek: { gte: current, lte: addWeeks(current, WEEKS_AHEAD) },
      ...(options.onlyStale ? { OR: [{ linkCheckedAt: null }, { linkCheckedAt: { lt: new Date(at.getTime() - RECHECK_AFTER_MS) } }] } : {}),
    },
    orderBy: [{ isoWeek: "asc" }, { position: "asc" }, { id: "asc" }],
    select: { id: true, url: true },
  });
  // One request per distinct address, a few at a time.
  const byUrl = new Map<string, number[]>();
  for (const tip of tips) byUrl.set(tip.url, [...(byUrl.get(tip.url) ?? []), tip.id]);
  const queue = [...byUrl.keys()];
  const results = new Map<string, LinkStatus>();
  await Promise.all(
    Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
      for (let url = queue.shift(); url !== undefined && !options.signal?.aborted; url = queue.shift()) results.set(url, await checkLink(url, fetcher));
    }),
  );
  const summary: LinkCheckSummary = { checked: 0, unreachable: 0 };
  for (const [url, status] of results) {
    const ids = byUrl.get(url)!;
    const { count } = await db.surfTip.updateMany({ where: { id: { in: ids }, url }, data: { linkStatus: status, linkCheckedAt: at } });
    summary.checked += count;
    if (status === "UNREACHABLE") summary.unreachable += count;
  }
  return summary;
}
