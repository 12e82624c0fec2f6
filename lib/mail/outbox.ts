/**
 * The outbox: a mail is a row written in the same transaction as the change it reports (a subscription
 * requested, a comment approved), so it goes out if and only if that change committed. The sender
 * (lib/mail/sender.ts) delivers the rows; nothing else talks to a mail server.
 */
import "server-only";
import { randomUUID } from "node:crypto";
import { env } from "@/lib/env";
import { inChunks, type Tx } from "@/lib/db";

export type MailInput = {
  /** confirm, notify, digest, newsletter, booking, ... (the Postausgang filters by it) */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Extra headers, e.g. List-Unsubscribe. Values are ours, never reader input. */
  headers?: Record<string, string>;
  /** One mail per key, ever: a repeated request does not queue the mail twice. */
  dedupeKey?: string;
  subscriberId?: number;
  /** A newsletter issue's mail (its progress page counts them). */
  newsletterIssueId?: number;
};

/** Header values are single lines: a line break in a subject (an article title, say) cannot start a header. */
export const oneLine = (value: string) => value.replace(/[\r\n\t]+/g, " ").trim();

function messageId() {
  return `<${randomUUID()}@${new URL(env.siteUrl).hostname}>`;
}

function row(mail: MailInput, now: Date) {
  return {
    messageId: messageId(),
    dedupeKey: mail.dedupeKey ?? null,
    kind: mail.kind,
    to: oneLine(mail.to),
    subject: oneLine(mail.subject),
    text: mail.text,
    html: mail.html ?? null,
    headers: mail.headers ? Object.fromEntries(Object.entries(mail.headers).map(([k, v]) => [k, oneLine(v)])) : undefined,
    subscriberId: mail.subscriberId ?? null,
    newsletterIssueId: mail.newsletterIssueId ?? null,
    nextAttemptAt: now,
    createdAt: now,
  };
}

/** Queues one mail; with a dedupeKey that is already queued or sent, nothing happens. */
export async function enqueueMail(tx: Tx, mail: MailInput, now: Date) {
  if (!mail.dedupeKey) {
    await tx.outboxMail.create({ data: row(mail, now), select: { id: true } });
    return;
  }
  await tx.outboxMail.upsert({ where: { dedupeKey: mail.dedupeKey }, create: row(mail, now), update: {}, select: { id: true } });
}

/** Queues many mails at once (notifications); their dedupeKeys must be new (e.g. they name the decision batch). */
export async function enqueueMails(tx: Tx, mails: MailInput[], now: Date) {
  for (const chunk of inChunks(mails, 60)) await tx.outboxMail.createMany({ data: chunk.map((m) => row(m, now)) });
}
