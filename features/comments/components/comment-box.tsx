/** One reader comment as text: escaped by React, line breaks kept, links never clickable. */
import { getFormatter } from "next-intl/server";

export async function CommentBox({ comment, note }: { comment: { authorName: string; body: string; createdAt: Date }; note?: string }) {
  const format = await getFormatter();
  return (
    <div className="rounded-lg bg-slate-50 p-4">
      <p className="text-sm font-semibold">{comment.authorName}</p>
      <p className="text-xs text-slate-500">{format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}</p>
      <p className="mt-2 whitespace-pre-line break-words" data-testid="comment-body">{comment.body}</p>
      {note ? <p className="mt-2 text-sm font-medium text-amber-800">{note}</p> : null}
    </div>
  );
}
