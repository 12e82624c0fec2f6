/** Server side of the comment form: German labels, its endpoint and a fallback idempotency key for posts without JavaScript. */
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import type { ReaderFormState } from "@/features/comments/form-flash";
import { ReaderCommentForm, type CommentFormLabels } from "./reader-comment-form";

type Props = {
  article: { id: number; slug: string };
  parent?: { id: number; authorName: string };
  /** A refused post without JavaScript, shown again (features/comments/form-flash.ts). */
  initial?: ReaderFormState;
  /** On a page of the form's own (the reply page, the no-JavaScript form page) its heading follows the page's h1. */
  ownPage?: boolean;
};

export async function CommentForm({ article, parent, initial, ownPage = false }: Props) {
  const t = await getTranslations("readerComments");
  const keys = ["name", "email", "emailHint", "body", "subscribe", "subscribeHint", "honeypot", "submit", "sending"] as const;
  const labels = Object.fromEntries(keys.map((k) => [k, t(`form.${k}`)])) as CommentFormLabels;
  labels.heading = parent ? t("form.replyHeading", { name: parent.authorName }) : t("form.heading");
  labels.failed = t("errors.unexpected");
  return (
    <ReaderCommentForm
      action={`/artikel/${encodeURIComponent(article.slug)}/kommentar`}
      articleId={article.id}
      parentId={parent?.id}
      fallbackKey={randomUUID()}
      labels={labels}
      idPrefix={parent ? `reply-${parent.id}` : "comment"}
      initial={initial}
      headingLevel={ownPage ? 2 : 3}
    />
  );
}
