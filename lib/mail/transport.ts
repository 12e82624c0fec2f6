/**
 * Where mail goes: the SMTP server of SMTP_URL (smtp://user:password@host:587, smtps://... for TLS from
 * the first byte), or, when none is configured, nowhere but the Postausgang: the embedded default
 * marks mail as delivered locally and the dashboard shows it, so the quick start needs no mail server.
 */
import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import type { MailTransport, OutgoingMail } from "@/lib/mail/sender";

/** Pooled: a few long-lived connections instead of one per mail. */
export function smtpTransport(url: string, from: string): MailTransport {
  const u = new URL(url);
  const secure = u.protocol === "smtps:";
  const transporter = nodemailer.createTransport({
    host: u.hostname,
    port: Number(u.port) || (secure ? 465 : 587),
    secure,
    ...(u.username ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } } : {}),
    pool: true,
    maxConnections: 4,
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
      });
    },
    close: () => transporter.close(),
  };
}

export const localTransport: MailTransport = { name: "local", async send() {} };

export function transportFromEnv(): MailTransport {
  return env.smtpUrl ? smtpTransport(env.smtpUrl, env.mailFrom) : localTransport;
}
