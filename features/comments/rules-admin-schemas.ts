/**
 * Input rules of the rules page and the commenter view: word-list entries, the settings form (checked by
 * commentSettingsSchema itself; only the form's empty fields and checkbox are mapped first) and bans.
 * Built per call with the caller's translator, so field errors arrive in the UI language. No database;
 * the limits the forms need too live in rules-admin-limits.ts.
 */
import { z } from "zod";
import { REASON_MAX, WORD_KINDS, WORD_MAX, WORD_MIN } from "@/features/comments/rules-admin-limits";
import { commentSettingsSchema, type CommentSettings } from "@/features/comments/settings";

/** A translator for the "comments.rules" namespace (next-intl's `t`, or a stand-in in tests). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** What hashIp (lib/request-ip.ts) stores: 32 characters of base64url. */
export const IP_HASH_PATTERN = /^[A-Za-z0-9_-]{32}$/;

const MAX_ID = 2_147_483_647;
export const idSchema = z.coerce.number().int().min(1).max(MAX_ID);
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** Word-list entries compare lower-cased, NFC, with single spaces: "  Idiot " is "idiot". */
export const normalizeWord = (word: string) => word.normalize("NFC").toLocaleLowerCase("de").replace(/\s+/gu, " ").trim();

export function addWordSchema(t: Translate) {
  return z.object({
    kind: z.enum(WORD_KINDS),
    word: z
      .string({ error: t("words.errors.required") })
      .transform(normalizeWord)
      .pipe(
        z
          .string()
          .min(1, { error: t("words.errors.required"), abort: true })
          .min(WORD_MIN, { error: t("words.errors.tooShort", { min: WORD_MIN }) })
          .max(WORD_MAX, { error: t("words.errors.tooLong", { max: WORD_MAX }) })
          // A word of only punctuation would match nothing useful (and everything between spaces).
          .regex(/[\p{L}\p{N}]/u, { error: t("words.errors.needsLetter") }),
      ),
  });
}

export const removeWordSchema = z.object({ id: idSchema });

/** The numeric settings and their bounds, read from commentSettingsSchema so the form never disagrees with it. */
export const NUMBER_SETTINGS = ["linkLimit", "newCommenterThreshold", "floodSeconds", "maxLength"] as const;
export type NumberSetting = (typeof NUMBER_SETTINGS)[number];

export function settingBounds(key: NumberSetting): { min: number; max: number } {
  const inner = commentSettingsSchema.shape[key].unwrap() as unknown as { minValue: number | null; maxValue: number | null };
  return { min: inner.minValue ?? 0, max: inner.maxValue ?? Number.MAX_SAFE_INTEGER };
}

const CHECKED = new Set(["on", "true", "1"]);

/**
 * The settings form, checked by commentSettingsSchema. Two form details are settled before: an emptied
 * number field is an error (the schema would read "" as 0 or fall back to the default), and the
 * checkbox is on only when sent as on/true/1 (the schema's coercion would read "false" as true).
 */
export function settingsFormSchema(t: Translate) {
  // Each number is checked by its own field of commentSettingsSchema, so every bad field gets its error at once.
  const numberField = (key: NumberSetting) =>
    z.unknown().transform((raw, ctx) => {
      const value = typeof raw === "string" ? raw.trim() : raw;
      const parsed = typeof value === "number" || (typeof value === "string" && /^-?\d+$/.test(value)) ? commentSettingsSchema.shape[key].safeParse(value) : null;
      if (parsed?.success) return parsed.data;
      ctx.issues.push({ code: "custom", message: t("settings.errors.range", settingBounds(key)), input: raw });
      return z.NEVER;
    });
  return z
    .object({
      linkLimit: numberField("linkLimit"),
      newCommenterThreshold: numberField("newCommenterThreshold"),
      floodSeconds: numberField("floodSeconds"),
      maxLength: numberField("maxLength"),
      premoderateAll: z.preprocess((v) => v === true || (typeof v === "string" && CHECKED.has(v)), z.boolean()),
    })
    .transform((input): CommentSettings => commentSettingsSchema.parse(input));
}

const reasonField = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/\s+/gu, " ").trim() || undefined : emptyToUndefined(v)),
  z.string().max(REASON_MAX).optional(),
);

/** An optional last day of a ban (YYYY-MM-DD from a date input); the ban ends when that day ends in Berlin. */
function expiresField(t: Translate) {
  return z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: t("bans.errors.date") })
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: t("bans.errors.date") })
      .optional(),
  );
}

export const normalizeEmail = (v: unknown) => (typeof v === "string" ? v.trim().toLowerCase() : v);

function emailField(t: Translate) {
  return z.preprocess(normalizeEmail, z.email({ error: t("bans.errors.email") }).max(254, { error: t("bans.errors.email") }));
}

/**
 * A ban from the rules page: an e-mail address, or an IP hash as stored (never a raw address) — or,
 * simpler for the moderator, the number of a comment ("#123") whose stored hash is meant.
 */
export function addBanSchema(t: Translate) {
  return z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("EMAIL"), value: emailField(t), reason: reasonField, expiresOn: expiresField(t) }),
    z.object({
      kind: z.literal("IP_HASH"),
      value: z.preprocess(
        (v) => (typeof v === "string" ? v.trim() : v),
        z
          .string({ error: t("bans.errors.ipHash") })
          .refine((v) => IP_HASH_PATTERN.test(v) || /^#?[1-9]\d{0,9}$/.test(v), { error: t("bans.errors.ipHash") })
          .transform((v) => (IP_HASH_PATTERN.test(v) ? v : { commentId: Number(v.replace("#", "")) })),
      ),
      reason: reasonField,
      expiresOn: expiresField(t),
    }),
  ]);
}

export const removeBanSchema = z.object({ id: idSchema });

export function banEmailSchema(t: Translate) {
  return z.object({ email: emailField(t), reason: reasonField, expiresOn: expiresField(t) });
}

export function unbanEmailSchema(t: Translate) {
  return z.object({ email: emailField(t) });
}

export const banCommentIpSchema = z.object({ commentId: idSchema, reason: reasonField });
export const unbanCommentIpSchema = z.object({ commentId: idSchema });

/** Midnight after `day` in Europe/Berlin, as an instant: a ban "until 31.12." holds all of that day. */
export function endOfBerlinDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  const guess = Date.UTC(y, m - 1, d + 1, 0, 0, 0);
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(new Date(guess));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asBerlin = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return new Date(guess - (asBerlin - guess));
}
