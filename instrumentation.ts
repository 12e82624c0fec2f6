/**
 * Runs once when an app server starts: reports the database's durability settings (lib/durability.ts),
 * then starts the outbox's mail sender and the background jobs — the newsletter fan-out, the daily digest
 * round, the purge of expired subscription requests, the surf-tip link check and the ad-impression flush.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // A wrong setting (a malformed SMTP_URL, a short NEXTAUTH_SECRET) stops the server at start with the
  // variable named, rather than leaving it up to answer every request with a 500.
  const { env } = await import("@/lib/env").catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
  const [{ startMailSender }, { startBackgroundJobs }, { db }, { describeDurability, readDurability }] = await Promise.all([
    import("@/lib/mail/runner"),
    import("@/lib/background-jobs"),
    import("@/lib/db"),
    import("@/lib/durability"),
  ]);
  await readDurability(db, env.isPostgres)
    .then((d) => (d.problems.length ? console.error : console.log)(describeDurability(d)))
    .catch((error: unknown) => console.error("durability: could not read the settings", error));
  startMailSender();
  startBackgroundJobs();
}
