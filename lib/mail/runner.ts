/**
 * The in-process mail sender of each app instance (started by instrumentation.ts): a round every
 * second, and at once when this instance has just queued mail. Instances share the work through the
 * outbox's atomic claims. The production server stops it gracefully before it exits.
 */
import "server-only";
import os from "node:os";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { sendDueMail } from "@/lib/mail/sender";
import { transportFromEnv } from "@/lib/mail/transport";

type Sender = { kick(): void; stop(): Promise<void> };

declare global {
  var __newsdeskMailSender: Sender | undefined;
}

export function startMailSender(intervalMs = 1000) {
  if (!env.mailSender || globalThis.__newsdeskMailSender) return;
  const transport = transportFromEnv();
  const worker = `${os.hostname()}:${process.pid}`;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;

  async function round() {
    try {
      for (;;) {
        // The app's clock (tests move it): mail queued "now" is due by the same clock.
        const at = await now();
        const r = await sendDueMail({ transport, worker, signal: controller.signal, now: () => at });
        if (r.claimed === 0 || controller.signal.aborted) return;
      }
    } catch (error) {
      console.error("mail sender:", error);
    }
  }

  function tick() {
    timer = undefined;
    if (controller.signal.aborted || running) return;
    running = round().finally(() => {
      running = null;
      if (!controller.signal.aborted) timer = setTimeout(tick, intervalMs);
    });
  }

  timer = setTimeout(tick, intervalMs);
  globalThis.__newsdeskMailSender = {
    kick() {
      if (!timer) return; // a round is running; it goes on while mail is due
      clearTimeout(timer);
      tick();
    },
    async stop() {
      controller.abort();
      if (timer) clearTimeout(timer);
      await running;
      transport.close?.();
    },
  };
}

/** Mail was just queued by this instance: send it now rather than at the next round. */
export function kickMailSender() {
  globalThis.__newsdeskMailSender?.kick();
}
