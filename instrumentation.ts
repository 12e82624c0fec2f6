/**
 * Runs once when an app server starts: the outbox's mail sender and the background jobs — the
 * newsletter fan-out, the daily digest round and the hourly purge of expired subscription requests.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startMailSender }, { startBackgroundJobs }] = await Promise.all([import("@/lib/mail/runner"), import("@/lib/background-jobs")]);
  startMailSender();
  startBackgroundJobs();
}
