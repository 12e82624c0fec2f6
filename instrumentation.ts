/**
 * Runs once when an app server starts: reports the database's durability settings (lib/durability.ts),
 * then starts the outbox's mail sender and the background jobs — the newsletter fan-out, the daily digest
 * round, the purge of expired subscription requests, the surf-tip link check and the ad-impression flush.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startMailSender }, { startBackgroundJobs }, { db }, { env }, { describeDurability, readDurability }] = await Promise.all([
    import("@/lib/mail/runner"),
    import("@/lib/background-jobs"),
    import("@/lib/db"),
    import("@/lib/env"),
    import("@/lib/durability"),
  ]);
  await readDurability(db, env.isPostgres)
    .then((d) => (d.problems.length ? console.error : console.log)(describeDurability(d)))
    .catch((error: unknown) => console.error("durability: could not read the settings", error));
  startMailSender();
  startBackgroundJobs();
}
