/**
 * The one place that reads environment variables. Every variable has a working default so that the
 * app runs with none set; production sets NEXTAUTH_SECRET, NEXTAUTH_URL and DATABASE_URL.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { z } from "zod";

const schema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./data/newsdesk.db"),
  DATA_DIR: z.string().min(1).default("./data"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  /** Allows tests to move the server's clock (never set in production). */
  NEWSDESK_TEST_CLOCK: z.enum(["0", "1"]).default("0"),
  /** Outgoing mail server (smtp://user:password@host:587); unset: mail stays in the Postausgang. */
  SMTP_URL: z.string().url().optional(),
  /** Sender address of every mail. */
  MAIL_FROM: z.string().min(3).default("Newsdesk <noreply@localhost>"),
  /** "0" stops this instance's mail sender (another instance or a separate process sends). */
  NEWSDESK_MAIL_SENDER: z.enum(["0", "1"]).default("1"),
  NEWSDESK_JOBS: z.enum(["0", "1"]).default("1"),
  /** Log every SQL query (development aid). */
  NEWSDESK_LOG_SQL: z.enum(["0", "1"]).default("0"),
});

/** An empty variable (`SMTP_URL=` in a .env file or unit file) means "not set": its default applies. */
function setVariables(source: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(source).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1].trim() !== ""));
}

/** Reads the environment; a wrong value is an error that names each variable and what is wrong with it. */
export function parseEnv(source: Record<string, string | undefined>) {
  const result = schema.safeParse(setVariables(source));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment: ${problems.join("; ")}`);
}

const parsed = parseEnv(process.env);

function secret(): string {
  if (parsed.NEXTAUTH_SECRET) return parsed.NEXTAUTH_SECRET;
  // The embedded default keeps a generated secret in the data folder (the start script creates it too).
  const file = path.join(parsed.DATA_DIR, "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    fs.mkdirSync(parsed.DATA_DIR, { recursive: true });
    const value = randomBytes(32).toString("base64url");
    fs.writeFileSync(file, value, { mode: 0o600, flag: "wx" });
    return value;
  }
}

export const env = {
  databaseUrl: parsed.DATABASE_URL,
  isPostgres: /^postgres(ql)?:\/\//.test(parsed.DATABASE_URL),
  dataDir: parsed.DATA_DIR,
  /** Where readers reach the site (absolute links in feeds, Open Graph tags and mails). */
  siteUrl: parsed.NEXTAUTH_URL ?? "http://localhost:3000",
  get authSecret() {
    return secret();
  },
  testClock: parsed.NEWSDESK_TEST_CLOCK === "1",
  smtpUrl: parsed.SMTP_URL,
  mailFrom: parsed.MAIL_FROM,
  mailSender: parsed.NEWSDESK_MAIL_SENDER === "1",
  /** The scheduled jobs (newsletter fan-out, digest, purge, link check); the bench turns them off to measure one thing. */
  jobs: parsed.NEWSDESK_JOBS === "1" && parsed.NEWSDESK_MAIL_SENDER === "1",
  logSql: parsed.NEWSDESK_LOG_SQL === "1",
};
