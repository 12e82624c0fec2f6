import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommentBox } from "@/features/comments/components/comment-box";
import { CommentForm } from "@/features/comments/components/comment-form";
import { FORM_FLASH_COOKIE, readFlash } from "@/features/comments/form-flash";
import { getShownComment } from "@/features/comments/reader-queries";

// The reply form for one comment: its own small page, so the article page itself stays cached. A
// refused reply without JavaScript comes back here with its messages (features/comments/form-flash.ts).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ReplyPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  setRequestLocale("de");
  const { slug, id } = await params;
  const commentId = Number(id);
  if (!Number.isSafeInteger(commentId) || commentId <= 0) notFound();
  const [comment, t, jar] = await Promise.all([getShownComment(slug, commentId), getTranslations("readerComments"), cookies()]);
  if (!comment || comment.parentId !== null || comment.article.commentMode === "CLOSED") notFound();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("replyTitle")}: {comment.article.title}</h1>
      <CommentBox comment={comment} />
      <CommentForm ownPage article={comment.article} parent={{ id: comment.id, authorName: comment.authorName }} initial={readFlash(jar.get(FORM_FLASH_COOKIE)?.value, comment.id)} />
      <Link href={`/artikel/${slug}#kommentar-${comment.id}`} className="text-brand-700 underline">{t("status.backToArticle")}</Link>
    </section>
  );
}
