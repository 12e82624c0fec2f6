/**
 * Where mail goes: the SMTP server of SMTP_URL (smtp://user:password@host:587, smtps://... for TLS from
 * the first byte), or, when none is configured, nowhere but the Postausgang: the embedded default
 * marks mail as delivered locally and the dashboard shows it, so the quick start needs no mail server.
 */
import "server-only";
import net from "node:net";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { CONCURRENCY, type MailTransport, type OutgoingMail } from "@/lib/mail/sender";

const CONNECT_TIMEOUT_MS = 30_000;

/**
 * The pool's connections, opened here rather than by nodemailer, for one setting it does not offer:
 * TCP_NODELAY. nodemailer writes a message's header block and its body separately; with Nagle's
 * algorithm on, the body waits for the server to acknowledge the headers, and servers delay that ACK
 * (40 ms on Linux). That was a fixed 40 ms per mail and connection, whatever the hardware: the pool
 * of four delivered about 60 mails/s. (STARTTLS and smtps:// still work: nodemailer upgrades this socket.)
 */
type SocketCallback = (error: Error | null, options?: { connection: net.Socket }) => void;
function connectNoDelay(host: string, port: number, callback: SocketCallback) {
  const socket = net.connect({ host: host.replace(/^\[(.*)\]$/, "$1"), port, noDelay: true }); // [::1] -> ::1
  const fail = (error: Error) => {
    socket.destroy();
    callback(error);
  };
  socket.setTimeout(CONNECT_TIMEOUT_MS, () => fail(Object.assign(new Error("Connection timeout"), { code: "ETIMEDOUT" })));
  socket.once("error", fail);
  socket.once("connect", () => {
    socket.removeListener("error", fail);
    socket.setTimeout(0);
    callback(null, { connection: socket });
  });
}

/** Pooled: long-lived connections (CONCURRENCY of them) instead of one per mail. */
export function smtpTransport(url: string, from: string): MailTransport {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  const host = u.hostname;
  const port = Number(u.port) || (secure ? 465 : 587);
  const transporter = nodemailer.createTransport({
    host,
    port,
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    pool: true,
    // As many as the sender has mails in flight (CONCURRENCY): none waits for a connection.
    maxConnections: CONCURRENCY,
    // nodemailer closes a pooled connection after 100 messages by default: a new TCP connection, greeting
    // and EHLO per 100 mails, for nothing; a connection the server drops is replaced anyway.
    maxMessages: Infinity,
    getSocket: (_options, callback) => connectNoDelay(host, port, callback),
  });
  return {
    name: "smtp",
    async send(mail: OutgoingMail) {
      await transporter.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        messageId: mail.messageId,
        headers: mail.headers,
        // The outbox keeps the text: nodemailer must not wait for or retry on its own.
        disableFileAccess: true,
        disableUrlAccess: true,
        // What nodemailer picks for Latin text anyway, without counting every letter of every mail
        // to choose between it and base64 (a regex match array per body: ~7% of the sender's time).
        textEncoding: "quoted-printable",
      });
    },
    close: () => transporter.close(),
  };
}

export const localTransport: MailTransport = { name: "local", async send() {} };

export function transportFromEnv(): MailTransport {
  return env.smtpUrl ? smtpTransport(env.smtpUrl, env.mailFrom) : localTransport;
}
