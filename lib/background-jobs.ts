/** The app's background jobs and their rhythm (lib/jobs.ts runs them; every one is safe in N instances). */
import "server-only";
import { flushImpressions } from "@/features/ads/stats";
import { dropReaderCopies } from "@/features/articles/cache";
import { fanOutNewsletters } from "@/features/newsletter/fan-out";
import { subscriptionCounts } from "@/features/subscriptions/counts";
import { sendDigests } from "@/features/subscriptions/digest";
import { THREAD_NOTICE_JOB, fanOutThreadNotices } from "@/features/subscriptions/notify";
import { purgeExpiredRequests } from "@/features/subscriptions/purge";
import { checkSurfTipLinks } from "@/features/surf-tips/link-check";
import { now } from "@/lib/clock";
import { POLL_MS, readerChangeFollower } from "@/lib/cache-signal";
import { env } from "@/lib/env";
import { kickJob, startJob } from "@/lib/jobs";
import { kickMailSender } from "@/lib/mail/runner";

export const NEWSLETTER_JOB = "newsletter-fan-out";
const HOUR = 3600_000;

export function startBackgroundJobs() {
  // Every instance writes its own buffered ad impressions, also when it stops.
  startJob("ad-impressions", 2_000, () => flushImpressions(), { onStop: flushImpressions });
  // Every instance follows the others' changes to what readers see (lib/cache-signal.ts).
  startJob("reader-cache-signal", POLL_MS, readerChangeFollower(dropReaderCopies), { firstDelayMs: 0 });
  // Every instance keeps its own subscription counts (~0.5 s to count at 1,000,000): counted once now,
  // so that the first dashboard view does not wait for them; later refreshes run in the background.
  setTimeout(() => void subscriptionCounts().catch((error: unknown) => console.error("subscription counts:", error)), 0).unref();
  if (!env.jobs) return;
  // Kicked by every approval in this instance; the round catches those of other instances.
  startJob(THREAD_NOTICE_JOB, 2_000, async (signal) => fanOutThreadNotices(await now(), { signal, onBatch: kickMailSender }), { firstDelayMs: 1_000 });
  startJob(NEWSLETTER_JOB, 5_000, async (signal) => fanOutNewsletters(await now(), { signal, onBatch: kickMailSender }), { firstDelayMs: 2_000 });
  // Hourly: the digest goes out in the first round after DIGEST_HOUR.
  startJob("daily-digest", HOUR, async () => (await sendDigests(await now())) > 0 && kickMailSender(), { firstDelayMs: 60_000 });
  startJob("purge-expired-requests", HOUR, async () => purgeExpiredRequests(await now()), { firstDelayMs: 30_000 });
  // Surf-tip links of the current and coming weeks, each about once a day (tips checked in the last
  // 20 hours are skipped, so new tips are checked within the hour and restarts do not repeat work).
  startJob("surf-tip-link-check", HOUR, async (signal) => checkSurfTipLinks(await now(), { onlyStale: true, signal }), { firstDelayMs: 15 * 60_000 });
}

/** An issue was just set to SENDING: start queueing its mails now rather than in a few seconds. */
export function kickNewsletterFanOut() {
  kickJob(NEWSLETTER_JOB);
}
