import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { enqueueMail, enqueueMails, type MailInput } from "@/lib/mail/outbox";
import { LOCK_MS, MAX_ATTEMPTS, backoffMs, claimMail, sendDueMail, type MailTransport } from "@/lib/mail/sender";
import { smtpTransport } from "@/lib/mail/transport";
import { startSmtpServer, type Refuse } from "@/test/smtp";

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let transport: MailTransport;

const FROM = "Newsdesk <noreply@test.local>";
const mail = (i: number, over: Partial<MailInput> = {}): MailInput => ({ kind: "test", to: `leser${i}@test.local`, subject: `Betreff ${i}`, text: `Text ${i}`, ...over });

async function queue(count: number, now = new Date()) {
  await db.$transaction((tx) => enqueueMails(tx, Array.from({ length: count }, (_, i) => mail(i)), now));
}

async function start(refuse?: Refuse) {
  smtp = await startSmtpServer(refuse);
  transport = smtpTransport(smtp.url, FROM);
}

beforeEach(async () => {
  await db.outboxMail.deleteMany({});
});

afterEach(async () => {
  transport?.close?.();
  await smtp?.close();
});

describe("the mail sender", () => {
  it("delivers queued mail over SMTP with its Message-ID and headers, and marks it sent", async () => {
    await start();
    const now = new Date();
    await db.$transaction((tx) =>
      enqueueMail(tx, mail(1, { headers: { "List-Unsubscribe": "<https://example.test/api/abo/abmelden/x>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }), now),
    );
    const result = await sendDueMail({ transport, worker: "w1" });
    expect(result).toMatchObject({ claimed: 1, sent: 1, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const [got] = smtp.received;
    const row = await db.outboxMail.findFirstOrThrow({});
    expect(got).toMatchObject({ to: "leser1@test.local", subject: "Betreff 1", messageId: row.messageId });
    expect(got.text.trim()).toBe("Text 1");
    expect(got.header("List-Unsubscribe-Post")).toBe("List-Unsubscribe=One-Click");
    expect(got.header("List-Unsubscribe")).toBe("<https://example.test/api/abo/abmelden/x>");
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedBy: null, lastError: null });
    expect(row.sentAt).not.toBeNull();
    // Nothing left: a second round sends nothing.
    expect((await sendDueMail({ transport, worker: "w1" })).claimed).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it("queues a mail with a dedupe key once, however often it is asked for", async () => {
    await start();
    for (let i = 0; i < 3; i++) await db.$transaction((tx) => enqueueMail(tx, mail(1, { dedupeKey: "confirm:1:1" }), new Date()));
    expect(await db.outboxMail.count()).toBe(1);
  });

  it("keeps header values on one line: a line break in a subject cannot add a header", async () => {
    await start();
    await db.$transaction((tx) => enqueueMail(tx, mail(1, { subject: "Hallo\r\nBcc: opfer@evil.test", headers: { "X-Test": "a\nB: c" } }), new Date()));
    await sendDueMail({ transport, worker: "w1" });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0].subject).toBe("Hallo Bcc: opfer@evil.test");
    expect(smtp.received[0].header("Bcc")).toBeUndefined();
    expect(smtp.received[0].header("B")).toBeUndefined();
    expect(smtp.received[0].header("X-Test")).toBe("a B: c");
  });

  it("retries a temporary refusal with backoff, then delivers", async () => {
    let refusals = 1;
    await start(() => (refusals-- > 0 ? 451 : undefined));
    const t0 = new Date("2026-11-27T10:00:00Z");
    await db.$transaction((tx) => enqueueMail(tx, mail(1), t0));
    expect(await sendDueMail({ transport, worker: "w1", now: () => t0 })).toMatchObject({ retried: 1, sent: 0 });
    const waiting = await db.outboxMail.findFirstOrThrow({});
    expect(waiting).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(waiting.lastError).toMatch(/451|Try again/);
    expect(waiting.nextAttemptAt.getTime()).toBe(t0.getTime() + backoffMs(1));
    // Not before its time...
    expect((await sendDueMail({ transport, worker: "w1", now: () => new Date(t0.getTime() + backoffMs(1) - 1) })).claimed).toBe(0);
    // ...then it goes out.
    expect(await sendDueMail({ transport, worker: "w1", now: () => new Date(t0.getTime() + backoffMs(1)) })).toMatchObject({ sent: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(await db.outboxMail.findFirstOrThrow({})).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
    expect(backoffMs(2)).toBe(2 * backoffMs(1));
  });

  it("marks a permanent refusal (5xx) failed at once, and gives up after the last attempt", async () => {
    await start((m) => (m.to.startsWith("leser1@") ? 550 : 451));
    const t0 = new Date();
    await db.$transaction((tx) => enqueueMails(tx, [mail(1), mail(2)], t0));
    await sendDueMail({ transport, worker: "w1", now: () => t0 });
    expect(await db.outboxMail.findFirstOrThrow({ where: { to: "leser1@test.local" } })).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(await db.outboxMail.findFirstOrThrow({ where: { to: "leser2@test.local" } })).toMatchObject({ status: "QUEUED", attempts: 1 });
    // Each retry when it is due (the backoff is at most 6 h): after MAX_ATTEMPTS the temporary refusal is final too.
    for (let i = 1; i < MAX_ATTEMPTS; i++) await sendDueMail({ transport, worker: "w1", now: () => new Date(t0.getTime() + i * 7 * 3600_000) });
    expect(await db.outboxMail.findFirstOrThrow({ where: { to: "leser2@test.local" } })).toMatchObject({ status: "FAILED", attempts: MAX_ATTEMPTS });
    expect(smtp.received).toHaveLength(0);
  });

  it("stopped mid-batch, hands the rest back; restarted, sends every mail exactly once", async () => {
    await start();
    await queue(10);
    const controller = new AbortController();
    let sends = 0;
    const stopping: MailTransport = {
      name: "smtp",
      async send(m) {
        await transport.send(m);
        if (++sends === 4) controller.abort();
      },
    };
    const first = await sendDueMail({ transport: stopping, worker: "w1", batchSize: 10, concurrency: 2, signal: controller.signal });
    // The mail in flight on the other connection when the stop came is finished and marked too.
    expect(first).toMatchObject({ claimed: 10, failed: 0 });
    expect(first.sent).toBeGreaterThanOrEqual(4);
    expect(first.sent).toBeLessThanOrEqual(5);
    expect(first.sent + first.released).toBe(10);
    expect(await db.outboxMail.count({ where: { status: "QUEUED", lockedBy: null, attempts: 0 } })).toBe(first.released);
    expect(await db.outboxMail.count({ where: { status: "SENT" } })).toBe(first.sent);
    expect(await sendDueMail({ transport, worker: "w2", batchSize: 10 })).toMatchObject({ claimed: first.released, sent: first.released });
    const ids = smtp.received.map((r) => r.messageId);
    expect(ids).toHaveLength(10);
    expect(new Set(ids).size).toBe(10);
  });

  it("two senders at once never send one mail twice", async () => {
    await start();
    await queue(60);
    const runUntilEmpty = async (worker: string) => {
      const own = smtpTransport(smtp.url, FROM);
      try {
        for (;;) if ((await sendDueMail({ transport: own, worker, batchSize: 7 })).claimed === 0) return;
      } finally {
        own.close?.();
      }
    };
    await Promise.all([runUntilEmpty("a"), runUntilEmpty("b")]);
    const ids = smtp.received.map((r) => r.messageId);
    expect(ids).toHaveLength(60);
    expect(new Set(ids).size).toBe(60);
    expect(await db.outboxMail.count({ where: { status: "SENT" } })).toBe(60);
  });

  it("takes over the claim of a sender that died, once the claim has run out", async () => {
    await start();
    const t0 = new Date();
    await queue(3, t0);
    const dead = await claimMail("dead", 10, t0);
    expect(dead.mails).toHaveLength(3);
    expect((await sendDueMail({ transport, worker: "w2", now: () => new Date(t0.getTime() + LOCK_MS - 1) })).claimed).toBe(0);
    expect(await sendDueMail({ transport, worker: "w2", now: () => new Date(t0.getTime() + LOCK_MS + 1) })).toMatchObject({ claimed: 3, sent: 3 });
    expect(smtp.received).toHaveLength(3);
  });
});
