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
 */
export function serverEnv(env) {
  return { MALLOC_MMAP_THRESHOLD_: "131072", ...env, NODE_ENV: "production" };
}
