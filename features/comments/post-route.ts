/**
 * The comment form's endpoint, POST /artikel/<slug>/kommentar: a plain route handler rather than a
 * server action, so a post costs the rules and one transaction, not a React render of the article page
 * (measured: a refused no-op server action alone answered 551 req/s). Two kinds of caller:
 * - the form with JavaScript sends `Accept: application/json` and gets `{ ok, location }` or the
 *   refusal with its field errors (400) or message (409), and shows it in place;
 * - a browser without JavaScript gets a 303 (post/redirect/get): to the comment's status page, or,
 *   when refused, to the form's own page with the messages and typed values in a flash cookie.
 * Cross-site posts never get here (server/same-origin.mjs); the flood limit and the rules are postComment's.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { clearedFlashCookie, flashCookie, formPagePath, type CommentPostAnswer } from "@/features/comments/form-flash";
import { postComment, type PostCommentData } from "@/features/comments/post";
import { commentStatusPath } from "@/features/comments/token";
import type { ActionResult } from "@/lib/action";
import { formDataToObject } from "@/lib/action";
import { readFormUpTo } from "@/lib/request-body";

/** The text may hold 200,000 characters (post-schema.ts), up to 4 bytes each in UTF-8, plus the other fields. */
const MAX_FORM_BYTES = 1024 * 1024;

function locationOf(data: PostCommentData): string {
  if (data.kind === "subscribed") return `/artikel/${data.slug}/kommentar/abonniert`;
  if (data.kind === "received") return `/artikel/${data.slug}/kommentar/eingegangen`;
  return commentStatusPath(data.slug, data.id) + (data.subscribed ? "?abo=1" : "");
}

const text = (v: unknown) => (typeof v === "string" ? v : "");
const parentOf = (v: unknown) => (/^\d{1,10}$/.test(text(v)) ? Number(v) : null);

export async function handleCommentPost(request: Request, slug: string): Promise<Response> {
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  const form = await readFormUpTo(request, MAX_FORM_BYTES);
  const raw = form ? formDataToObject(form) : {};
  let result: ActionResult<PostCommentData>;
  if (form) {
    result = await postComment(raw);
  } else {
    const t = await getTranslations("readerComments.errors");
    result = { ok: false, message: t("invalid"), fieldErrors: { body: [t("bodyTooLong", { max: 20_000 })] } };
  }
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (result.ok && result.data) {
    const location = locationOf(result.data);
    headers.append("Set-Cookie", clearedFlashCookie(slug));
    if (wantsJson) return Response.json({ ok: true, location } satisfies CommentPostAnswer, { headers });
    headers.set("Location", location);
    return new Response(null, { status: 303, headers });
  }
  const message = result.message ?? "";
  const fieldErrors = result.ok ? undefined : result.fieldErrors;
  if (wantsJson) return Response.json({ ok: false, message, fieldErrors } satisfies CommentPostAnswer, { status: fieldErrors ? 400 : 409, headers });
  const parentId = parentOf(raw.parentId);
  const values = { name: text(raw.name), email: text(raw.email), body: text(raw.body), subscribe: raw.subscribe ? "on" : "" };
  headers.append("Set-Cookie", flashCookie(slug, { parentId, message, fieldErrors, values }));
  headers.set("Location", formPagePath(slug, parentId));
  return new Response(null, { status: 303, headers });
}
