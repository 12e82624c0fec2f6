/**
 * `npm run bench`: the benchmark harness of the shared BENCH.md contract. Prepares its own SQLite database
 * at the bench size (data/bench.db, data/bench-small.db with --small), builds the app into .next-bench,
 * starts it with the production server (server/serve.mjs: `next` behind the reader micro-cache) on a free loopback port, measures each figure with autocannon after a
 * warm-up next to a plain node:http baseline serving the same bytes, and prints one JSON line per figure
 * (also written to bench-results/latest.jsonl) and a table. Exit code 0 whenever it ran.
 *
 *   npm run bench -- [--small] [--only NAME,NAME] [--duration S] [--connections N] [--rebuild]
 */
import { parseBenchArgs } from "./args";
import { ensureBuild } from "./build";
import { measureCommentPost } from "./comment-post";
import { benchSize, fileOfUrl, measureSeed1m, pickArticles, prepareDatabase, warmPageCache } from "./db";
import { fetchOnce, login, medianMs, startBaseline, warmLoad, type LoadResult } from "./load";
import { measureApprove, measureBulkApprove } from "./moderation";
import { measureMailSend } from "./mail";
import { FIGURE_NAMES, Results } from "./report";
import { measureSidebarOverhead } from "./sidebar";
import { measureSubscriberList } from "./subscriptions";
import { startServer, type AppServer } from "./server";

const EDITOR = { email: "redaktion@newsdesk.local", password: "newsdesk-redaktion" };
const MODERATOR = { email: "moderation@newsdesk.local", password: "newsdesk-moderation" };
const SERVER_FIGURES = FIGURE_NAMES.filter((n) => n !== "seed_1m_comments_s" && n !== "sidebar_overhead_ms");
/** Measured with an app server of their own (started after the shared one has stopped). */
const OWN_SERVER_FIGURES = ["mail_send_per_s"];

const log = (line: string) => console.error(`[bench] ${line}`);
/** Module-level, so figures measured before a fatal error are still printed. */
const results = new Results();
const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.CHECKPOINT_DISABLE = "1"; // no Prisma update check: nothing leaves 127.0.0.1
  const unknown = [...(args.only ?? [])].filter((n) => !FIGURE_NAMES.includes(n));
  if (unknown.length > 0) throw new Error(`unknown figure(s) ${unknown.join(", ")}; known: ${FIGURE_NAMES.join(", ")}`);
  const wanted = (name: string) => !args.only || args.only.has(name);
  // From the start: an interrupted build still gets tsconfig.json restored (ensureBuild's finally runs
  // before this handler), and a started server is stopped with its children.
  let server: AppServer | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping`);
    void (server?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const { duration, connections } = args;
  const settings = `autocannon ${connections} connections x ${duration} s after 3 s warm-up`;
  const size = benchSize(args.small);
  const url = args.small ? "file:./data/bench-small.db" : "file:./data/bench.db";
  const sizeText = `${args.small ? "--small " : ""}DB: ${size.articles.toLocaleString("en-US")} articles, ${size.comments.toLocaleString("en-US")} comments`;

  // Figures that fail are reported with value null and the reason; the run goes on.
  const figure = async (name: string, unit: string, work: () => Promise<{ value: number; note: string }>) => {
    if (!wanted(name)) return;
    try {
      const { value, note } = await work();
      results.add({ name, value, unit, note });
    } catch (error) {
      log(`${name} failed: ${errorText(error)}`);
      results.add({ name, value: null, unit, note: `failed: ${errorText(error)}` });
    }
    // Where the app server's memory grew: its peak so far, after each figure that used it.
    const peak = server?.peakRssMb();
    if (peak !== undefined && peak > (rssSteps.at(-1)?.mb ?? 0) + 1) rssSteps.push({ after: name, mb: peak });
  };
  const rssSteps: { after: string; mb: number }[] = [];
  const loadNote = (r: LoadResult) =>
    `p50 ${r.p50} ms, ${r.total} requests` + (r.non2xx > 0 ? `, ${r.non2xx} non-2xx` : "") + (r.errors > 0 ? `, ${r.errors} errors` : "");

  const db = await prepareDatabase(url, size, log);
  if (wanted("seed_1m_comments_s") && (db.report || args.only?.has("seed_1m_comments_s"))) {
    await figure("seed_1m_comments_s", "s", async () => {
      if (db.report) {
        const value = (db.report.seconds.comments * 1_000_000) / db.report.comments;
        return { value, note: `volume generator comments phase while creating the bench DB (${db.report.comments.toLocaleString("en-US")} comments in ${db.report.seconds.comments.toFixed(1)} s), scaled to 1,000,000; SQLite` };
      }
      log("seed_1m_comments_s: generating 1,000,000 comments into a scratch database...");
      return { value: await measureSeed1m(log), note: "volume generator comments phase, 1,000,000 comments (40,000 pending) into a scratch SQLite DB" };
    });
  }
  // In a process of its own, before the server starts (no load on the machine but its own).
  await figure("sidebar_overhead_ms", "ms", async () => measureSidebarOverhead(url));
  if (!SERVER_FIGURES.some(wanted)) return;

  ensureBuild(url, args.rebuild, log);
  await warmPageCache(url, log);
  // The shared server (and the baseline) only when a figure needs it: --only mail_send_per_s starts none.
  const sharedWanted = SERVER_FIGURES.some((n) => wanted(n) && !OWN_SERVER_FIGURES.includes(n));
  if (sharedWanted) {
    try {
      server = await startServer(url, log);
      const base = server.url;
      const targets = pickArticles(fileOfUrl(url), db.report?.hotArticleId ?? null);
      // The typical page, fetched once: its bytes are the baseline's answer.
      let typical = { slug: targets.typicalSlug, page: await fetchOnce(`${base}/artikel/${targets.typicalSlug}`) };
      for (const slug of targets.candidates) {
        if (typical.page.status === 200) break;
        typical = { slug, page: await fetchOnce(`${base}/artikel/${slug}`) };
      }
      if (typical.page.status !== 200) throw new Error(`/artikel/${typical.slug} answered ${typical.page.status}`);
      log(`typical article /artikel/${typical.slug} (${targets.typicalComments} comments, ${typical.page.body.length} bytes), hot /artikel/${targets.hotSlug} (${targets.hotComments})`);

      await figure("static_baseline_rps", "req/s", async () => {
        const baseline = await startBaseline(typical.page.body, typical.page.contentType);
        try {
          const r = await warmLoad(baseline.url, connections, duration);
          return { value: r.rps, note: `plain node:http returning the typical article page's ${typical.page.body.length} bytes from memory, ${settings}; ${loadNote(r)}` };
        } finally {
          await baseline.stop();
        }
      });
      await figure("article_page_rps", "req/s", async () => {
        const r = await warmLoad(`${base}/artikel/${typical.slug}`, connections, duration);
        return { value: r.rps, note: `GET /artikel/${typical.slug} (${targets.typicalComments} approved comments), production server, ${sizeText}, ${settings}; ${loadNote(r)}` };
      });
      await figure("hot_article_page_rps", "req/s", async () => {
        const r = await warmLoad(`${base}/artikel/${targets.hotSlug}`, connections, duration);
        return { value: r.rps, note: `GET /artikel/${targets.hotSlug} (the most comments: ${targets.hotComments} approved), ${settings}; ${loadNote(r)}` };
      });
      // After the page figures: the posts revalidate nothing (new commenters are held), but they grow the tables.
      await figure("comment_post_rps", "req/s", () => measureCommentPost(base, typical.slug, connections, duration));
      await figure("article_list_ms", "ms", async () => {
        const cookie = await login(base, EDITOR.email, EDITOR.password);
        const ms = await medianMs(`${base}/admin/articles`, { cookie });
        return { value: ms, note: `GET /admin/articles as EDITOR, 30 sequential requests after a 3 s warm-up, median total response time seen by the client on loopback ("server time")` };
      });
      await figure("subscriber_list_ms", "ms", async () => {
        const cookie = await login(base, MODERATOR.email, MODERATOR.password);
        return measureSubscriberList(base, cookie, fileOfUrl(url));
      });
      const queueWanted = wanted("queue_page_rps") || wanted("queue_page_p50_ms");
      const queue = queueWanted
        ? await (async () => {
            const cookie = await login(base, MODERATOR.email, MODERATOR.password);
            const status = (await fetchOnce(`${base}/admin/comments/pending`, { cookie })).status;
            if (status !== 200) throw new Error(`GET /admin/comments/pending as MODERATOR answered ${status}`);
            return warmLoad(`${base}/admin/comments/pending`, 4, duration, { cookie });
          })().catch((error: unknown) => error as Error)
        : null;
      const queueNote = `GET /admin/comments/pending as MODERATOR (first page of the pending queue: 50 cards with articles, parents, reports, commenter counts and histories; tab counts capped at 1,000), autocannon 4 connections x ${duration} s after 3 s warm-up`;
      await figure("queue_page_rps", "req/s", async () => {
        if (queue instanceof Error) throw queue;
        return { value: queue!.rps, note: `${queueNote}; ${loadNote(queue!)}` };
      });
      await figure("queue_page_p50_ms", "ms", async () => {
        if (queue instanceof Error) throw queue;
        return { value: queue!.p50, note: `${queueNote}; median latency` };
      });
      // After the queue figures: approving changes the queue they measure.
      await figure("approve_ms", "ms", async () => {
        const cookie = await login(base, MODERATOR.email, MODERATOR.password);
        const ms = await measureApprove(base, cookie, fileOfUrl(url));
        return { value: ms, note: "one pending comment approved per POST /admin/comments/decisions (the desk's card button and keyboard), 50 sequential after 3 s of the same, median client-side time on loopback" };
      });
      await figure("bulk_approve_1000_ms", "ms", async () => {
        const cookie = await login(base, MODERATOR.email, MODERATOR.password);
        const ms = await measureBulkApprove(base, cookie, fileOfUrl(url));
        return { value: ms, note: "1,000 checked pending comments approved in one POST /admin/comments/decisions (the bulk bar) (one transaction, 1,000 ModerationActions), median of 3" };
      });
      await figure("rss_mb", "MB", async () => ({
        value: server!.peakRssMb(),
        note:
          "peak resident memory of the app server: VmRSS summed over the server process and its children, sampled every 200 ms during this run; the peak so far after each figure where it grew: " +
          rssSteps.map((s) => `${s.after} ${Math.round(s.mb)} MB`).join(", "),
      }));
    } finally {
      await server?.stop();
      server = null;
    }
  }
  // Last: its server sends mail, and it writes 100,000 rows (deleted again) the other figures must not see.
  await figure("mail_send_per_s", "mails/s", () => measureMailSend(url, fileOfUrl(url), log, (s) => (server = s)));
}

main()
  .catch((error: unknown) => {
    console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => {
    if (results.figures.length > 0) {
      results.write("bench-results/latest.jsonl");
      console.log(`\n${results.table()}\n`);
    }
  });
