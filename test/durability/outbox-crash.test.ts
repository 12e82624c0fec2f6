/**
 * SECURITY.md "outbox crash": a sender process killed with SIGKILL after claiming, during a send (before
 * the server's 250), and after the server's 250 but before the mail is marked sent. Another sender then
 * takes the rows over once their claim has run out. Passes when no mail is lost and a mail arrives twice
 * only in the last case, and then only one the server had accepted before the kill, with the same
 * Message-ID. (Two senders in parallel without a crash: lib/mail/sender.test.ts, on both databases.)
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueMails } from "@/lib/mail/outbox";
import { LOCK_MS, sendDueMail } from "@/lib/mail/sender";
import { smtpTransport } from "@/lib/mail/transport";
import { startSmtpServer, type Refuse } from "@/test/smtp";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MAILS = 30;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

/** Runs the child sender; resolves with its output lines and how it ended. */
function child(mode: "claim" | "send", env: Record<string, string> = {}, onLine?: (line: string, kill: () => void) => void) {
  const proc = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/bench/server-only-stub.mjs", "test/durability/sender-child.ts", mode], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines: string[] = [];
  let buffer = "";
  proc.stdout.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      lines.push(line);
      onLine?.(line, () => proc.kill("SIGKILL"));
    }
  });
  return { proc, done: new Promise<{ lines: string[]; signal: NodeJS.Signals | null }>((resolve) => proc.on("exit", (_code, signal) => resolve({ lines, signal }))) };
}

async function recover() {
  // The killed sender's claim runs out after LOCK_MS; a sender started later takes the rows over.
  const later = () => new Date(Date.now() + LOCK_MS + 60_000);
  const transport = smtpTransport(smtp.url, "Newsdesk <noreply@test.local>");
  try {
    for (;;) if ((await sendDueMail({ transport, worker: "rescuer", now: later })).claimed === 0) break;
  } finally {
    transport.close?.();
  }
}

async function start(refuse?: Refuse) {
  smtp = await startSmtpServer(refuse);
  const now = new Date(Date.now() - 1000);
  await db.$transaction((tx) => enqueueMails(tx, Array.from({ length: MAILS }, (_, i) => ({ kind: "test", to: `leser${i}@test.local`, subject: `Betreff ${i}`, text: `Text ${i}` })), now));
}

/** Every queued mail marked sent and received at least once; the Message-IDs received more than once. */
async function outcome() {
  const rows = await db.outboxMail.findMany({ select: { messageId: true, status: true } });
  expect(rows).toHaveLength(MAILS);
  expect(rows.filter((r) => r.status !== "SENT")).toEqual([]);
  const counts = new Map<string, number>();
  for (const r of smtp.received) counts.set(r.messageId, (counts.get(r.messageId) ?? 0) + 1);
  const lost = rows.filter((r) => !counts.has(`<${r.messageId}>`) && !counts.has(r.messageId));
  expect(lost).toEqual([]);
  return [...counts].filter(([, n]) => n > 1).map(([id]) => id);
}

beforeEach(async () => {
  await db.outboxMail.deleteMany({});
});
afterEach(async () => {
  await smtp?.close();
});

describe("the outbox when its sender is killed", () => {
  it("after claiming: the rows wait for their claim to run out, then every mail goes out once", async () => {
    await start();
    const { done } = child("claim", {}, (line, kill) => line.startsWith("claimed") && kill());
    const { lines, signal } = await done;
    expect(signal).toBe("SIGKILL");
    expect(lines[0]).toBe(`claimed ${MAILS}`);
    expect(await db.outboxMail.count({ where: { status: "SENDING" } })).toBe(MAILS);
    // Before the claim has run out, nobody else takes them.
    const early = smtpTransport(smtp.url, "x <x@test.local>");
    expect((await sendDueMail({ transport: early, worker: "early" })).claimed).toBe(0);
    early.close?.();
    await recover();
    expect(await outcome()).toEqual([]);
    expect(smtp.received).toHaveLength(MAILS);
  });

  it("during a send, before the server's 250: that mail arrives once, nothing is lost", async () => {
    let arrivals = 0;
    let interrupted = "";
    let killChild: () => void = () => {};
    // The 8th message's data arrives, the sender is killed, and the server does not accept it.
    await start((mail) => {
      if (++arrivals !== 8) return undefined;
      interrupted = mail.to;
      killChild();
      return 451;
    });
    const run = child("send", { SMTP_URL: smtp.url, KILL_AFTER: "1000" });
    killChild = () => run.proc.kill("SIGKILL");
    const { signal } = await run.done;
    expect(signal).toBe("SIGKILL");
    const acceptedBeforeKill = new Set(smtp.received.map((r) => r.messageId));
    expect(acceptedBeforeKill.size).toBeLessThan(MAILS);
    await recover();
    // Other mails in flight (4 at once) may have had their 250 and not yet their mark: those may repeat.
    for (const id of await outcome()) expect(acceptedBeforeKill.has(id)).toBe(true);
    expect(smtp.received.filter((r) => r.to === interrupted)).toHaveLength(1);
  });

  it("after the server's 250, before the mark: only mails the server had accepted arrive twice, with the same Message-ID", async () => {
    await start();
    const { done } = child("send", { SMTP_URL: smtp.url, KILL_AFTER: "10" });
    const { lines, signal } = await done;
    expect(signal).toBe("SIGKILL");
    expect(lines.filter((l) => l.startsWith("acked"))).toHaveLength(10);
    const acceptedBeforeKill = new Set(smtp.received.map((r) => r.messageId));
    await recover();
    const twice = await outcome();
    // The killed sender marks in groups: what the server accepted but was not yet marked goes out again.
    expect(twice.length).toBeGreaterThan(0);
    for (const id of twice) expect(acceptedBeforeKill.has(id)).toBe(true);
    expect(smtp.received).toHaveLength(MAILS + twice.length);
  });
});
