/**
 * The environment the app server process (server/serve.mjs) starts with, the same for `npm start`, the
 * e2e suite and the benchmark.
 *
 * MALLOC_MMAP_THRESHOLD_: glibc raises its mmap threshold after the first large block is freed, and from
 * then on large blocks (rendered pages, query results, request bodies) come from the brk heap, which it
 * cannot give back once fragmented. Measured on the bench database after 300 article-list views: 320 MB
 * resident, of which the JavaScript heap was 60 MB and glibc's brk heap 196 MB. A fixed threshold of
 * 128 KB keeps large blocks in mappings of their own, returned when freed: the brk heap stayed at 25 MB.
 * glibc reads the variable when the process starts, so it is set for the child, not by serve.mjs itself.
 *
 * --max-old-space-size: V8 lets the JavaScript heap grow in proportion to its limit before it collects
 * the old generation, and without a flag the limit is a quarter of the machine's memory (4 GB here).
 * Under the queue page's load the heap then held ~300 MB, mostly garbage of finished renders, and the
 * process 455-465 MB resident; with a limit of 1 GB, far above what the app keeps (~100 MB after a
 * collection), 270-295 MB at the same throughput. A limit already in NODE_OPTIONS is kept.
 */
export const HEAP_LIMIT_FLAG = "--max-old-space-size=1024";

export function serverEnv(env) {
  const given = env.NODE_OPTIONS ?? "";
  const nodeOptions = given.includes("--max-old-space-size") ? given : `${given} ${HEAP_LIMIT_FLAG}`.trim();
  return { MALLOC_MMAP_THRESHOLD_: "131072", ...env, NODE_OPTIONS: nodeOptions, NODE_ENV: "production" };
}
