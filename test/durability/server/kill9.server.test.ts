/**
 * SECURITY.md "kill -9": under comment load (as in comment-load.server.test.ts) the production server is
 * killed with SIGKILL 20 times at random moments and started again on the same port and database.
 * Passes when the database is whole afterwards (integrity check, no orphans, nothing half-written) and
 * every comment whose success answer arrived before a kill is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "@/scripts/bench/server";
import { openArticleSlug } from "./article";
import { integrityProblems, lostAcks, storedComments } from "./checks";
import { freshDatabase, onPostgres, serve, type TestDb } from "./harness";
import { count5xx, emptyStats, formOf, markerPrefix, postComments } from "./poster";

const PORT = 3701;
const KILLS = Number(process.env.DURABILITY_KILLS ?? 20);
const CONCURRENCY = 8;
const lane = onPostgres ? "postgresql" : "sqlite";
let t: TestDb;
let server: AppServer | undefined;

beforeAll(async () => {
  t = await freshDatabase(PORT);
});
afterAll(async () => {
  await server?.stop();
  await t?.drop();
});

// Progress goes to stderr at once (Vitest shows console.log only when the test ends): a hang shows where.
const progress = (line: string) => process.stderr.write(`kill -9 [${lane}]: ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe(`kill -9 under comment load (${lane})`, () => {
  it(`${KILLS} kills: integrity ok, 0 acknowledged comments lost, nothing half-written`, async () => {
    server = await serve(t.url, PORT);
    const slug = await openArticleSlug(t.db);
    const form = await formOf(server.url, slug);
    const stats = emptyStats();
    let done = false;
    // Posts in flight at a kill lose their connection: at most a few seconds until the server is back.
    const load = postComments(server.url, form, CONCURRENCY, () => done, stats, 10_000);
    const started = performance.now();
    const kills: number[] = [];
    for (let i = 0; i < KILLS; i++) {
      const ms = 300 + Math.random() * 2500; // a random moment of the load: between requests, mid-transaction, mid-answer
      await sleep(ms);
      kills.push(Math.round(ms));
      await server.kill();
      const down = performance.now();
      const acksAtKill = stats.acknowledged.length;
      // Up again once the new process has stored and answered a comment of the running load.
      server = await serve(t.url, PORT, () => stats.acknowledged.length > acksAtKill);
      progress(`kill ${i + 1}/${KILLS} after ${kills[i]} ms of load; acknowledging again after ${Math.round(performance.now() - down)} ms; ${stats.acknowledged.length} acknowledged so far`);
    }
    await sleep(1000);
    done = true;
    await load;
    await server.stop();
    server = undefined;
    const seconds = (performance.now() - started) / 1000;

    const stored = await storedComments(t.db, markerPrefix);
    const lost = lostAcks(stats.acknowledged, stored);
    const problems = await integrityProblems(t.db, onPostgres, markerPrefix);
    const statuses = [...stats.statuses].map(([s, k]) => `${s || `no answer (${[...stats.errors].map(([e, c]) => `${e} ${c}`).join(", ")})`}: ${k}`).join(", ");
    console.log(
      `kill -9 [${lane}]: ${kills.length} kills (after ${kills.join(", ")} ms of load) in ${seconds.toFixed(1)} s; ` +
        `posts ${stats.sent}, acknowledged ${stats.acknowledged.length}, stored ${stored.size} ` +
        `(${stored.size - stats.acknowledged.length} committed without an answer), lost ${lost.length}; answers ${statuses}; ` +
        `integrity ${problems.length ? problems.join("; ") : "ok"}`,
    );
    expect(kills).toHaveLength(KILLS);
    expect(stats.oddities, "answers other than the 303 to the comment's page").toEqual([]);
    expect(count5xx(stats)).toBe(0);
    expect(stats.acknowledged.length).toBeGreaterThan(KILLS);
    expect(lost).toEqual([]);
    expect(problems).toEqual([]);
  });
});
