/**
 * Background jobs of an app instance (started by instrumentation.ts): each runs every `intervalMs`,
 * never twice at once in one instance, and can be kicked to run now. Jobs must be safe to run in
 * several instances at once (they are: guarded updates and dedupe keys); errors are logged, and the
 * next round tries again. Timers are unref'd, so a job never keeps a process alive.
 */
import "server-only";

type Job = { kick(): void; kickWithin(ms: number): void; stop(): Promise<void> };

declare global {
  var __newsdeskJobs: Map<string, Job> | undefined;
}

const jobs = (globalThis.__newsdeskJobs ??= new Map<string, Job>());

export function startJob(name: string, intervalMs: number, run: (signal: AbortSignal) => Promise<unknown>, options: { firstDelayMs?: number; onStop?: () => Promise<unknown> } = {}) {
  const firstDelayMs = options.firstDelayMs ?? intervalMs;
  if (jobs.has(name)) return;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let due = 0;
  let running: Promise<void> | null = null;
  let again = false;

  function schedule(ms: number) {
    if (controller.signal.aborted) return;
    due = Date.now() + ms;
    timer = setTimeout(tick, ms);
    timer.unref();
  }

  function tick() {
    timer = undefined;
    if (controller.signal.aborted) return;
    if (running) {
      again = true;
      return;
    }
    running = run(controller.signal)
      .then(() => undefined)
      .catch((error: unknown) => console.error(`background job ${name}:`, error))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          schedule(0);
        } else schedule(intervalMs);
      });
  }

  schedule(firstDelayMs);
  jobs.set(name, {
    kick() {
      if (timer) clearTimeout(timer);
      tick();
    },
    kickWithin(ms: number) {
      if (running) again = true;
      else if (!timer || due > Date.now() + ms) {
        if (timer) clearTimeout(timer);
        schedule(ms);
      }
    },
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      await running;
      await options.onStop?.().catch((error: unknown) => console.error(`background job ${name} (stopping):`, error));
    },
  });
}

/**
 * Runs a job within `ms` in this instance: the work of many quick requests (a moderator approving
 * comment after comment) is then done in one round instead of one round per request, after them.
 */
export function kickJobWithin(name: string, ms: number) {
  jobs.get(name)?.kickWithin(ms);
}

/** Runs a job now in this instance (e.g. right after the action that gave it work). */
export function kickJob(name: string) {
  jobs.get(name)?.kick();
}

export async function stopJobs() {
  await Promise.all([...jobs.values()].map((job) => job.stop()));
  jobs.clear();
}
