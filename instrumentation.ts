/** Runs once when an app server starts: the outbox's mail sender and the hourly purge of expired requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const [{ startMailSender }, { startPurging }] = await Promise.all([import("@/lib/mail/runner"), import("@/features/subscriptions/purge")]);
  startMailSender();
  startPurging();
}
