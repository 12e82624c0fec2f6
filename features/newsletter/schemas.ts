/** What an editor may put into a newsletter issue; the server parses every save with this. */
import { z } from "zod";

export const SUBJECT_MAX = 150;
export const INTRO_MAX = 4000;
export const ARTICLES_MAX = 12;

const id = z.coerce.number().int().min(1).max(2_147_483_647);

export const issueSchema = z.object({
  /** Absent for a new issue. */
  id: id.optional(),
  /** The version the editor started from (a stale save is refused). */
  version: z.coerce.number().int().min(1).optional(),
  subject: z.string().trim().min(1).max(SUBJECT_MAX),
  intro: z.string().trim().max(INTRO_MAX).default(""),
  // A form sends "articleIds" once per ticked box (or once, or never).
  articleIds: z
    .preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(id).min(1).max(ARTICLES_MAX))
    .refine((ids) => new Set(ids).size === ids.length),
});

export type IssueInput = z.output<typeof issueSchema>;

export const idSchema = z.object({ id });
