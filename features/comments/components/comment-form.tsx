/** Server side of the comment form: German labels and a fallback idempotency key for posts without JavaScript. */
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { ReaderCommentForm, type CommentFormLabels } from "./reader-comment-form";

export async function CommentForm({ articleId, parent }: { articleId: number; parent?: { id: number; authorName: string } }) {
  const t = await getTranslations("readerComments.form");
  const keys = ["name", "email", "emailHint", "body", "subscribe", "subscribeHint", "honeypot", "submit", "sending"] as const;
  const labels = Object.fromEntries(keys.map((k) => [k, t(k)])) as CommentFormLabels;
  labels.heading = parent ? t("replyHeading", { name: parent.authorName }) : t("heading");
  return <ReaderCommentForm articleId={articleId} parentId={parent?.id} fallbackKey={randomUUID()} labels={labels} idPrefix={parent ? `reply-${parent.id}` : "comment"} />;
}
