/**
 * What a surf tip may be: a short label and an http(s) address, in a real ISO week. The server parses
 * every action's input with these; built per call with the caller's translator, so field errors arrive
 * in the UI language (as in features/sections/schemas.ts).
 */
import { z } from "zod";
import { isIsoWeek } from "@/features/surf-tips/weeks";

/** A translator for the "surfTips" namespace (next-intl's `t`, or a stand-in in tests). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const LABEL_MAX = 60;
export const URL_MAX = 2000;
/** The sidebar box holds a few links; more would not be read. */
export const TIPS_PER_WEEK_MAX = 10;
export const MOVE_DIRECTIONS = ["up", "down"] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];

export const tipIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/**
 * The address as stored and linked: only an absolute http(s) URL with a host and without user
 * credentials ("https://polizei-bw.de@evil.example" reads like another site), typed without any
 * whitespace or control characters inside (the URL parser would silently drop tabs and line breaks,
 * so what was checked would not be what was typed). Null for anything else.
 */
export function normalizeTipUrl(value: string): string | null {
  const raw = value.trim();
  if (!/^https?:\/\/[^/\\]/i.test(raw) || /[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/u.test(raw)) return null;
  try {
    const url = new URL(raw);
    if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname || url.username || url.password) return null;
    return url.href;
  } catch {
    return null;
  }
}

export function weekField(t: Translate) {
  return z.string({ error: t("errors.week") }).refine(isIsoWeek, { error: t("errors.week") });
}

function labelField(t: Translate) {
  return z
    .string({ error: t("errors.labelRequired") })
    .transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { error: t("errors.labelRequired"), abort: true })
        .max(LABEL_MAX, { error: t("errors.labelTooLong", { max: LABEL_MAX }) }),
    );
}

function urlField(t: Translate) {
  return z
    .string({ error: t("errors.urlRequired") })
    .transform((v) => v.trim())
    .pipe(
      z
        .string()
        .min(1, { error: t("errors.urlRequired"), abort: true })
        .max(URL_MAX, { error: t("errors.urlTooLong", { max: URL_MAX }), abort: true })
        .transform((v, ctx) => {
          const url = normalizeTipUrl(v);
          if (url === null || url.length > URL_MAX) {
            ctx.addIssue({ code: "custom", message: t("errors.urlInvalid") });
            return z.NEVER;
          }
          return url;
        }),
    );
}

export function addTipSchema(t: Translate) {
  return z.object({ week: weekField(t), label: labelField(t), url: urlField(t) });
}

export function updateTipSchema(t: Translate) {
  return z.object({ id: tipIdSchema, label: labelField(t), url: urlField(t) });
}

export const moveTipSchema = z.object({ id: tipIdSchema, direction: z.enum(MOVE_DIRECTIONS) });

export const removeTipSchema = z.object({ id: tipIdSchema });

export function copyWeekSchema(t: Translate) {
  return z
    .object({
      from: weekField(t),
      to: weekField(t),
      // A checkbox: "on" when ticked, absent otherwise.
      replace: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()),
    })
    .refine((v) => v.from !== v.to, { path: ["to"], error: t("errors.sameWeek") });
}

export type AddTipInput = z.output<ReturnType<typeof addTipSchema>>;
