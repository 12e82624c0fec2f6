"use server";
/**
 * The report form's server action (public, no session). It works without JavaScript: a plain form post
 * runs it and the redirect comes back as a 303 to a small thank-you page; with errors the form is
 * rendered again with the messages and the typed values. (The comment form posts to a route handler
 * instead, features/comments/post-route.ts: the busiest public write should not render a page.)
 */
import { redirect } from "next/navigation";
import type { ReaderFormState } from "@/features/comments/form-flash";
import { reportComment } from "@/features/comments/report";
import { formDataToObject } from "@/lib/action";

const text = (v: unknown) => (typeof v === "string" ? v : "");

export async function submitReport(prev: ReaderFormState | null, formData: FormData): Promise<ReaderFormState> {
  const raw = formDataToObject(formData);
  const result = await reportComment(raw);
  if (result.ok && result.data) redirect(`/artikel/${result.data.slug}/melden/${result.data.commentId}/danke`);
  return {
    message: result.message ?? "",
    fieldErrors: result.ok ? undefined : result.fieldErrors,
    values: { reason: text(raw.reason), note: text(raw.note) },
    attempt: (prev?.attempt ?? 0) + 1,
  };
}
