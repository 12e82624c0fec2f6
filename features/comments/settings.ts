/**
 * The moderation rules' numbers and switches, kept in the Setting table (shared by every instance).
 * The rules pipeline reads them (features/comments/rules/), the rules page edits them; word lists and
 * bans have their own tables (WordListEntry, Ban).
 */
import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db";
import { db } from "@/lib/db";

const KEY = "comments.rules";

export const commentSettingsSchema = z.object({
  /** More links than this hold a comment for review. */
  linkLimit: z.coerce.number().int().min(0).max(20).default(2),
  /** Every comment on the site waits for a moderator. */
  premoderateAll: z.coerce.boolean().default(false),
  /** A commenter's comments wait until this many of theirs were approved (0 = off). */
  newCommenterThreshold: z.coerce.number().int().min(0).max(50).default(1),
  /** One comment per e-mail address and per IP within this many seconds. */
  floodSeconds: z.coerce.number().int().min(0).max(3600).default(15),
  /** Longest comment text, in characters. */
  maxLength: z.coerce.number().int().min(100).max(20_000).default(3000),
});

export type CommentSettings = z.infer<typeof commentSettingsSchema>;

export const DEFAULT_COMMENT_SETTINGS: CommentSettings = commentSettingsSchema.parse({});

/** One plain statement: the reader's post reads it every time (rules/context.ts). */
export async function getCommentSettings(client: Tx | typeof db = db): Promise<CommentSettings> {
  const [row] = await client.$queryRaw<{ value: unknown }[]>`SELECT "value" FROM "Setting" WHERE "key" = ${KEY}`;
  const parsed = commentSettingsSchema.safeParse(jsonValue(row?.value) ?? {});
  return parsed.success ? parsed.data : DEFAULT_COMMENT_SETTINGS;
}

/** SQLite hands a JSON column to plain SQL as text; PostgreSQL's driver may already have parsed it. */
function jsonValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Stores validated settings; the caller audits the change in the same transaction. */
export async function storeCommentSettings(tx: Tx, settings: CommentSettings, actorId: number) {
  await tx.setting.upsert({
    where: { key: KEY },
    create: { key: KEY, value: settings, updatedById: actorId },
    update: { value: settings, updatedById: actorId },
  });
}
