"use server";
/**
 * The reader forms' server actions (public, no session). They work without JavaScript: a plain form
 * post runs them and the redirect comes back as a 303 to a small status page; with errors the form is
 * rendered again with the messages and the typed values.
 */
import { redirect } from "next/navigation";
import { postComment, type PostCommentData } from "@/features/comments/post";
import { reportComment } from "@/features/comments/report";
import { commentStatusPath } from "@/features/comments/token";
import { formDataToObject } from "@/lib/action";

export type ReaderFormState = {
  message: string;
  fieldErrors?: Record<string, string[]>;
  values: Record<string, string>;
  /** Changes on every answer, so the form remounts with the returned values. */
  attempt: number;
};

const text = (v: unknown) => (typeof v === "string" ? v : "");

function pathOf(data: PostCommentData): string {
  if (data.kind === "subscribed") return `/artikel/${data.slug}/kommentar/abonniert`;
  if (data.kind === "received") return `/artikel/${data.slug}/kommentar/eingegangen`;
  return commentStatusPath(data.slug, data.id) + (data.subscribed ? "?abo=1" : "");
}

export async function submitComment(prev: ReaderFormState | null, formData: FormData): Promise<ReaderFormState> {
  const raw = formDataToObject(formData);
  const result = await postComment(raw);
  if (result.ok && result.data) redirect(pathOf(result.data));
  return {
    message: result.message ?? "",
    fieldErrors: result.ok ? undefined : result.fieldErrors,
    values: { name: text(raw.name), email: text(raw.email), body: text(raw.body), subscribe: raw.subscribe ? "on" : "" },
    attempt: (prev?.attempt ?? 0) + 1,
  };
}

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
