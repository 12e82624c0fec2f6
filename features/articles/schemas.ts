/** Input of the article actions. Body HTML is sanitized after parsing (sanitize.ts), never trusted. */
import { z } from "zod";
import { SLUG_MAX, SLUG_PATTERN } from "@/features/articles/slug";

const id = z.coerce.number().int().positive();
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null)
    .nullish();

export const articleFieldsSchema = z.object({
  title: z.string().trim().min(1).max(200),
  teaser: z.string().trim().max(600).default(""),
  bodyHtml: z.string().max(200_000).default(""),
  sectionId: id,
  byline: z.string().trim().min(1).max(120),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(SLUG_MAX)
    .regex(SLUG_PATTERN, "Nur Kleinbuchstaben, Ziffern und Bindestriche.")
    .or(z.literal(""))
    .optional(),
  metaDescription: optionalText(300),
  heroAlt: optionalText(300),
  commentMode: z.enum(["OPEN", "PREMODERATED", "CLOSED"]).default("OPEN"),
});

export const createArticleSchema = articleFieldsSchema;

export const saveArticleSchema = articleFieldsSchema.extend({
  id,
  /** The version the editor started from: a save on top of someone else's newer version is refused. */
  version: z.coerce.number().int().positive(),
});

const dateTime = z.coerce.date().refine((d) => !Number.isNaN(d.getTime()), "Ungültiges Datum.");

export const transitionSchema = z.object({
  id,
  version: z.coerce.number().int().positive(),
  action: z.enum(["submit", "sendBack", "publish", "unpublish", "archive", "restore"]),
  reviewerId: id.optional(),
  publishAt: z.union([z.literal(""), dateTime]).optional(),
  unpublishAt: z.union([z.literal(""), dateTime]).optional(),
  note: z.string().trim().max(500).optional(),
});

export const restoreRevisionSchema = z.object({ id, version: z.coerce.number().int().positive(), revision: z.coerce.number().int().positive() });

export type ArticleFields = z.output<typeof articleFieldsSchema>;
