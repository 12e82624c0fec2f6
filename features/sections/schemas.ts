/**
 * Input rules for managing sections (Ressorts). Built per call with the caller's translator, so field
 * errors arrive in the UI language without a second mapping step (as in features/staff/schemas.ts).
 */
import { z } from "zod";

/** A translator for the "sections" namespace (next-intl's `t`, or a stand-in in tests). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export const SECTION_NAME_MAX = 60;
export const MOVE_DIRECTIONS = ["up", "down"] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];

/** A section id from a bound argument: a positive Int. */
export const sectionIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

/** Names compare without regard to letter case or surrounding/double spaces: "stuttgart " is "Stuttgart". */
export const nameKey = (name: string) => name.normalize("NFC").toLocaleLowerCase("de").replace(/\s+/g, " ").trim();

function nameField(t: Translate) {
  return z
    .string({ error: t("errors.nameRequired") })
    .transform((v) => v.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(1, { error: t("errors.nameRequired"), abort: true })
        .max(SECTION_NAME_MAX, { error: t("errors.nameTooLong", { max: SECTION_NAME_MAX }) })
        // The slug is made from the name: it needs something to be made of.
        .regex(/[\p{L}\p{N}]/u, { error: t("errors.nameNeedsLetter") }),
    );
}

export function createSectionSchema(t: Translate) {
  return z.object({ name: nameField(t) });
}

export function renameSectionSchema(t: Translate) {
  return z.object({ id: sectionIdSchema, name: nameField(t) });
}

export const moveSectionSchema = z.object({ id: sectionIdSchema, direction: z.enum(MOVE_DIRECTIONS) });

export const deleteSectionSchema = z.object({ id: sectionIdSchema });
