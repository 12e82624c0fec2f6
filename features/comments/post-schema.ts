/** The comment form's fields as the server accepts them (format only; the rules pipeline judges the content). */
import { z } from "zod";

const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().positive().max(2_147_483_647).optional());
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());
const email = z.email();

export const postCommentSchema = z.object({
  articleId: z.coerce.number().int().positive().max(2_147_483_647),
  parentId: optionalId,
  name: z.string().trim().max(80, "nameTooLong").default(""),
  email: z
    .string()
    .trim()
    .max(254, "emailInvalid")
    .toLowerCase()
    .default("")
    .refine((v) => v === "" || email.safeParse(v).success, "emailInvalid"),
  // Bounded far above settings.maxLength (at most 20,000): the length rule answers with the real limit.
  body: z.string().max(200_000, "bodyTooLong").default(""),
  subscribe: checkbox.default(false),
  /** The honeypot: a field humans never see. */
  website: z.string().max(2000).default(""),
  /** Generated into each form; a retried post with the same key returns the original result. */
  idempotencyKey: z.string().max(100).default(""),
});

export type PostCommentInput = z.input<typeof postCommentSchema>;
