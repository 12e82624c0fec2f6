/** Input of the article actions. Body HTML is sanitized after parsing (sanitize.ts), never trusted. */
import { z } from "zod";
import { berlinLocalToInstant } from "@/lib/dates";
import { SLUG_MAX, SLUG_PATTERN } from "@/features/articles/slug";
import { imageExists, isImageName } from "@/lib/media";

const id = z.coerce.number().int().positive();
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null)
    .nullish();

/**
 * A hero image is named by the upload (lib/media.ts): only a well-formed name of a file that exists in
 * the media folder is accepted, so a client cannot point the article at any other path.
 */
const heroImage = z
  .string()
  .trim()
  .max(100)
  .superRefine((name, ctx) => {
    if (name === "") return;
    if (!isImageName(name)) ctx.addIssue({ code: "custom", message: "Ungültiges Bild. Bitte laden Sie es erneut hoch." });
    else if (!imageExists(name)) ctx.addIssue({ code: "custom", message: "Dieses Bild gibt es nicht (mehr). Bitte laden Sie es erneut hoch." });
  })
  .transform((v) => v || null)
  .nullish();

const articleFieldsObject = z.object({
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
  heroImage,
  heroAlt: optionalText(300),
  commentMode: z.enum(["OPEN", "PREMODERATED", "CLOSED"]).default("OPEN"),
});

/** An image without a description shuts out readers who cannot see it. */
function requireHeroAlt<S extends z.ZodType<{ heroImage?: string | null; heroAlt?: string | null }>>(schema: S) {
  return schema.superRefine((fields, ctx) => {
    if (fields.heroImage && !fields.heroAlt) ctx.addIssue({ code: "custom", path: ["heroAlt"], message: "Bitte beschreiben Sie das Bild (Alternativtext)." });
  });
}

export const articleFieldsSchema = requireHeroAlt(articleFieldsObject);

export const createArticleSchema = articleFieldsSchema;

export const saveArticleSchema = requireHeroAlt(
  articleFieldsObject.extend({
    id,
    /** The version the editor started from: a save on top of someone else's newer version is refused. */
    version: z.coerce.number().int().positive(),
  }),
);

// A date from the form is Berlin wall-clock time (<input type="datetime-local">); code may pass a Date.
// When to publish or unpublish; empty = not set. The form sends Berlin wall-clock time (<input
// type="datetime-local">); an instant with its zone ("…Z", "+01:00") or a Date is taken as it is.
const optionalDateTime = z
  .union([z.date(), z.string()])
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || value === "") return undefined;
    const instant = value instanceof Date ? value : /(Z|[+-]\d\d:\d\d)$/.test(value) ? new Date(value) : berlinLocalToInstant(value);
    if (instant && !Number.isNaN(instant.getTime())) return instant;
    ctx.addIssue({ code: "custom", message: "Ungültiges Datum." });
    return z.NEVER;
  });

export const transitionSchema = z.object({
  id,
  version: z.coerce.number().int().positive(),
  action: z.enum(["submit", "sendBack", "publish", "unpublish", "archive", "restore"]),
  reviewerId: id.optional(),
  publishAt: optionalDateTime,
  unpublishAt: optionalDateTime,
  note: z.string().trim().max(500).optional(),
});

export const restoreRevisionSchema = z.object({ id, version: z.coerce.number().int().positive(), revision: z.coerce.number().int().positive() });

export type ArticleFields = z.output<typeof articleFieldsSchema>;
