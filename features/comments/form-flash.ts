/**
 * The comment form's answer to a post without JavaScript that was refused: the route handler cannot
 * render the form again, so it keeps the messages and the typed values in a short-lived cookie of the
 * reader's own browser and sends them (303) to the form's own page, which shows them. The cookie is
 * scoped to the article's path, lives ten minutes and is replaced by the next post; what it holds is
 * rendered as escaped text and checked against this schema, so a hand-made cookie can show nothing else.
 */
import { z } from "zod";

export const FORM_FLASH_COOKIE = "nd-kommentar";
const MAX_AGE_S = 600;
/** A cookie stays under the browsers' 4 KB; a longer text is not kept (the reader still has the message). */
const MAX_COOKIE_BYTES = 3800;

export type ReaderFormState = {
  message: string;
  fieldErrors?: Record<string, string[]>;
  values: Record<string, string>;
  /** Changes on every answer, so the form remounts with the returned values. */
  attempt: number;
};

/** The comment route's JSON answer to the form with JavaScript (features/comments/post-route.ts). */
export type CommentPostAnswer = { ok: true; location: string } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

const flashSchema = z.object({
  parentId: z.number().int().positive().nullable(),
  message: z.string().max(500),
  fieldErrors: z.record(z.string().max(40), z.array(z.string().max(500)).max(5)).optional(),
  values: z.object({ name: z.string().max(200), email: z.string().max(300), body: z.string().max(3000), subscribe: z.string().max(2) }).partial(),
});
type Flash = z.infer<typeof flashSchema>;

/** The Set-Cookie value that carries a refused post back to its form. */
export function flashCookie(slug: string, flash: Flash): string {
  let json = JSON.stringify(flash);
  if (Buffer.byteLength(json) > MAX_COOKIE_BYTES) json = JSON.stringify({ ...flash, values: { ...flash.values, body: "" } });
  const value = Buffer.from(json).toString("base64url");
  return `${FORM_FLASH_COOKIE}=${value}; Path=${articlePath(slug)}; Max-Age=${MAX_AGE_S}; HttpOnly; SameSite=Lax`;
}

/** The Set-Cookie value that drops the flash (after a post went through). */
export function clearedFlashCookie(slug: string): string {
  return `${FORM_FLASH_COOKIE}=; Path=${articlePath(slug)}; Max-Age=0; HttpOnly; SameSite=Lax`;
}

/** The form state a flash cookie holds for the form of `parentId` (null: the article's own form). */
export function readFlash(value: string | undefined, parentId: number | null): ReaderFormState | undefined {
  if (!value) return undefined;
  try {
    const parsed = flashSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.parentId !== parentId) return undefined;
    const { message, fieldErrors, values } = parsed.data;
    return { message, fieldErrors, values: { name: "", email: "", body: "", subscribe: "", ...values }, attempt: 1 };
  } catch {
    return undefined;
  }
}

/** Where the form of a refused post is shown again: the reply page, or the article's own form page. */
export function formPagePath(slug: string, parentId: number | null): string {
  return parentId ? `${articlePath(slug)}/antworten/${parentId}` : `${articlePath(slug)}/kommentieren`;
}

const articlePath = (slug: string) => `/artikel/${encodeURIComponent(slug)}`;
