/** What the app sent: the mails the e2e server's SMTP catcher (scripts/mail-catcher.mjs) received. */
import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";

/** `html` is the HTML part as sent (null for a text-only mail). */
export type CaughtMail = { to: string; subject: string; text: string; html: string | null; messageId: string; headers: Record<string, string> };

const dir = path.join("data", `e2e-mail-${process.env.E2E_PORT ?? 3200}`);

export function caughtMails(): CaughtMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as CaughtMail);
}

/** Waits until a mail to `to` matching `subject` has arrived, and returns it. */
export async function waitForMail(to: string, subject: RegExp, timeout = 15_000): Promise<CaughtMail> {
  let found: CaughtMail | undefined;
  await expect
    .poll(() => (found = caughtMails().find((m) => m.to === to && subject.test(m.subject))), { timeout, message: `a mail to ${to} with subject ${subject}` })
    .toBeTruthy();
  return found!;
}

/** The first link in a mail's text that contains `path`. */
export function linkIn(mail: CaughtMail, pathPart: string): string {
  const url = mail.text.split(/\s+/).find((word) => word.startsWith("http") && word.includes(pathPart));
  if (!url) throw new Error(`no ${pathPart} link in the mail "${mail.subject}"`);
  return url;
}
