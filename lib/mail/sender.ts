/**
 * Delivers the outbox. A sender claims a batch of due rows atomically (a guarded update that only takes
 * rows still due, under a claim id of its own), sends them a few at a time and marks them right after
 * their sends, so two senders — two app instances — never send one mail twice. Failures are retried with
 * exponential backoff; a permanent refusal (an SMTP 5xx) or the last attempt marks the mail FAILED.
 * Stopped mid-batch, a sender hands its unsent rows back. Killed, its claim expires after LOCK_MS and
 * another sender takes the rows over: only the mails in flight at that moment (at most CONCURRENCY)
 * can go out twice.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

export type OutgoingMail = { id: number; messageId: string; to: string; subject: string; text: string; html: string | null; headers: Record<string, string>; attempts: number };

export interface MailTransport {
  /** "smtp" or "local" (no server configured: the Postausgang is where mail is read). */
  readonly name: string;
  send(mail: OutgoingMail): Promise<void>;
  close?(): void;
}

/** A refusal that retrying cannot fix (for SMTP: a 5xx answer). */
export function isPermanentFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

export const LOCK_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 8;

/** 1 min, 2 min, 4 min, ... at most 6 h between attempts. */
export function backoffMs(attempts: number): number {
  return Math.min(6 * 3600_000, 60_000 * 2 ** Math.max(0, attempts - 1));
}

const due = (now: Date): Prisma.OutboxMailWhereInput => ({
  OR: [
    { status: "QUEUED", nextAttemptAt: { lte: now } },
    // A sender that died holding its claim: the claim has run out.
    { status: "SENDING", lockedUntil: { lt: now } },
  ],
});

const byDueTime: Prisma.OutboxMailOrderByWithRelationInput[] = [{ nextAttemptAt: "asc" }, { id: "asc" }];

/**
 * Takes up to `batchSize` due mails for this sender: the rows of senders that died first, then the
 * queue by due time. Two reads rather than one with `due(now)`: each walks the [status, nextAttemptAt]
 * index in order and stops at the batch, where the OR of both made SQLite collect and sort every due row
 * (31 ms per claim with 100,000 queued, measured in memory; more on disk).
 */
export async function claimMail(worker: string, batchSize: number, now: Date): Promise<{ claim: string; mails: OutgoingMail[] }> {
  const claim = `${worker}:${randomUUID()}`;
  const stale = await db.outboxMail.findMany({ where: { status: "SENDING", lockedUntil: { lt: now } }, orderBy: byDueTime, take: batchSize, select: { id: true } });
  const queued =
    stale.length < batchSize
      ? await db.outboxMail.findMany({ where: { status: "QUEUED", nextAttemptAt: { lte: now } }, orderBy: byDueTime, take: batchSize - stale.length, select: { id: true } })
      : [];
  const candidates = [...stale, ...queued];
  if (candidates.length === 0) return { claim, mails: [] };
  // The guard repeats the due condition: of two senders that saw the same rows, the second finds them taken.
  await db.outboxMail.updateMany({
    where: { AND: [{ id: { in: candidates.map((c) => c.id) } }, due(now)] },
    data: { status: "SENDING", lockedBy: claim, lockedUntil: new Date(now.getTime() + LOCK_MS), attempts: { increment: 1 } },
  });
  const rows = await db.outboxMail.findMany({
    where: { lockedBy: claim, status: "SENDING" },
    orderBy: { id: "asc" },
    select: { id: true, messageId: true, to: true, subject: true, text: true, html: true, headers: true, attempts: true },
  });
  return { claim, mails: rows.map((r) => ({ ...r, headers: (r.headers ?? {}) as Record<string, string> })) };
}

export type SendResult = { claimed: number; sent: number; retried: number; failed: number; released: number };

/**
 * Mails in flight at once (the SMTP transport pools as many connections); also how many sent mails are
 * marked in one statement.
 */
export const CONCURRENCY = 16;

/** Mails per claim: 4 reads and a guarded update per 200 mails; at 100 mails/s a claim is done in 2 s of its LOCK_MS. */
export const BATCH_SIZE = 200;

/**
 * One round: claim a batch and deliver it with CONCURRENCY mails in flight at all times — a finished send
 * starts the next at once, so neither the slowest mail of a group nor a commit holds the others up. Sent
 * mails are marked in groups (one commit per CONCURRENCY mails, one after the other, while sending goes
 * on), failures one by one. A crash between a server's 250 and the mark can send those mails again, with
 * the same Message-ID; nothing is lost. Stopped (`signal`), the sender starts no more mails, finishes and
 * marks those in flight, and hands the rest back to the queue as they were.
 */
export async function sendDueMail(options: { transport: MailTransport; worker: string; batchSize?: number; signal?: AbortSignal; now?: () => Date; concurrency?: number }): Promise<SendResult> {
  const now = options.now ?? (() => new Date());
  const { claim, mails } = await claimMail(options.worker, options.batchSize ?? BATCH_SIZE, now());
  const result: SendResult = { claimed: mails.length, sent: 0, retried: 0, failed: 0, released: 0 };
  const size = Math.max(1, options.concurrency ?? CONCURRENCY);
  const sent: number[] = [];
  let marking: Promise<unknown> = Promise.resolve();
  const markSent = () => {
    const ids = sent.splice(0);
    if (ids.length === 0) return;
    result.sent += ids.length;
    marking = marking.then(() => db.outboxMail.updateMany({ where: { id: { in: ids }, lockedBy: claim }, data: { status: "SENT", sentAt: now(), lockedBy: null, lockedUntil: null, lastError: null } }));
  };
  const markFailed = async (mail: OutgoingMail, error: unknown) => {
    const mine = { id: mail.id, lockedBy: claim };
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    if (isPermanentFailure(error) || mail.attempts >= MAX_ATTEMPTS) {
      await db.outboxMail.updateMany({ where: mine, data: { status: "FAILED", lockedBy: null, lockedUntil: null, lastError: message } });
      result.failed += 1;
    } else {
      const next = new Date(now().getTime() + backoffMs(mail.attempts));
      await db.outboxMail.updateMany({ where: mine, data: { status: "QUEUED", nextAttemptAt: next, lockedBy: null, lockedUntil: null, lastError: message } });
      result.retried += 1;
    }
  };
  let started = 0;
  const lane = async () => {
    while (started < mails.length && !options.signal?.aborted) {
      const mail = mails[started++];
      try {
        await options.transport.send(mail);
        sent.push(mail.id);
        if (sent.length >= size) markSent();
      } catch (error) {
        await markFailed(mail, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, mails.length) }, lane));
  markSent();
  await marking;
  if (started < mails.length) {
    // Stopped: what was not started goes back to the queue as it was.
    const { count } = await db.outboxMail.updateMany({
      where: { id: { in: mails.slice(started).map((m) => m.id) }, lockedBy: claim },
      data: { status: "QUEUED", lockedBy: null, lockedUntil: null, attempts: { decrement: 1 } },
    });
    result.released = count;
  }
  return result;
}

/** A failed or waiting mail, sent again at the next round (the Postausgang's "retry"). */
export async function retryMail(id: number, now: Date, client: Pick<typeof db, "outboxMail"> = db) {
  const { count } = await client.outboxMail.updateMany({
    where: { id, status: { in: ["FAILED", "QUEUED"] } },
    data: { status: "QUEUED", nextAttemptAt: now, attempts: 0, lastError: null },
  });
  return count === 1;
}
