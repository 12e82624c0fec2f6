/**
 * SECURITY.md "comment load": 60 s of reader comment POSTs from many distinct clients against the
 * production server (server/serve.mjs, e2e build) on its own fresh database. Passes with 0 5xx and every
 * acknowledged comment stored; prints comments/s and p50/p99 next to the disk's single-commit latency,
 * measured in the same run with the same durability settings.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppServer } from "@/scripts/bench/server";
import { openArticleSlug } from "./article";
import { integrityProblems, lostAcks, storedComments } from "./checks";
import { commitLatencyMs, freshDatabase, onPostgres, serve, type TestDb } from "./harness";
import { count5xx, formOf, markerPrefix, percentile, postComments } from "./poster";

const PORT = 3700;
const SECONDS = Number(process.env.DURABILITY_LOAD_SECONDS ?? 60);
const CONCURRENCY = 32;
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

describe(`comment load (${lane})`, () => {
  it(`${SECONDS} s of comments from distinct readers: no 5xx, every acknowledged comment stored`, async () => {
    const commit = await commitLatencyMs(t.url);
    server = await serve(t.url, PORT);
    const slug = await openArticleSlug(t.db);
    const form = await formOf(server.url, slug);
    // A few seconds at low concurrency first, so a cold server's first answers do not count as the
    // rate or p99; their comments are checked like all others.
    const warmEnd = performance.now() + 5000;
    const warm = await postComments(server.url, form, 4, () => performance.now() >= warmEnd);
    const started = performance.now();
    const end = started + SECONDS * 1000;
    const stats = await postComments(server.url, form, CONCURRENCY, () => performance.now() >= end);
    const seconds = (performance.now() - started) / 1000;
    await server.stop();
    server = undefined;

    const stored = await storedComments(t.db, markerPrefix);
    const lost = lostAcks([...warm.acknowledged, ...stats.acknowledged], stored);
    const fivexx = count5xx(stats) + count5xx(warm);
    const statuses = [...stats.statuses].map(([s, k]) => `${s || `no answer (${[...stats.errors].map(([e, c]) => `${e} ${c}`).join(", ")})`}: ${k}`).join(", ");
    console.log(
      `comment load [${lane}]: ${(stats.acknowledged.length / seconds).toFixed(1)} comments/s ` +
        `(${stats.acknowledged.length} acknowledged of ${stats.sent} posts in ${seconds.toFixed(1)} s, ${CONCURRENCY} in flight, after ${warm.acknowledged.length} warm-up posts), ` +
        `p50 ${percentile(stats.latenciesMs, 50).toFixed(0)} ms, p99 ${percentile(stats.latenciesMs, 99).toFixed(0)} ms; ` +
        `disk single-commit latency ${commit.median.toFixed(2)} ms (median of 200, ${commit.settings}); ` +
        `answers ${statuses}; 5xx ${fivexx}; stored ${stored.size}, lost ${lost.length}`,
    );
    expect([...warm.oddities, ...stats.oddities], "answers other than the 303 to the comment's page").toEqual([]);
    expect(fivexx).toBe(0);
    expect(stats.acknowledged.length).toBeGreaterThan(SECONDS);
    expect(lost).toEqual([]);
    expect(await integrityProblems(t.db, onPostgres, markerPrefix)).toEqual([]);
  });
});
