import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommentBox } from "@/features/comments/components/comment-box";
import { getOwnComment } from "@/features/comments/reader-queries";

// A reader's own comment behind a signed link: rendered per request, never cached.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "same-origin" };

type Props = { params: Promise<{ slug: string; id: string; token: string }>; searchParams: Promise<{ abo?: string }> };

export default async function CommentStatusPage({ params, searchParams }: Props) {
  setRequestLocale("de");
  const { slug, id, token } = await params;
  const commentId = Number(id);
  if (!Number.isSafeInteger(commentId) || commentId <= 0) notFound();
  const [comment, t, { abo }] = await Promise.all([getOwnComment(slug, commentId, token), getTranslations("readerComments.status"), searchParams]);
  if (!comment) notFound();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{comment.published ? t("publishedTitle") : t("heldTitle")}</h1>
      <p role="status" className="font-medium">{comment.published ? t("published") : t("held")}</p>
      {comment.published ? null : <p className="text-slate-600">{t("heldHint")}</p>}
      {abo ? <p className="text-slate-600">{t("alsoSubscribed")}</p> : null}
      <h2 className="text-lg font-semibold">{t("yourComment")}</h2>
      <CommentBox comment={comment} />
      <p className="flex gap-4">
        {comment.published ? (
          <Link href={`/artikel/${slug}#kommentar-${comment.id}`} className="text-brand-700 underline">
            {t("showComment")}
          </Link>
        ) : null}
        <Link href={`/artikel/${slug}`} className="text-brand-700 underline">
          {t("backToArticle")}
        </Link>
      </p>
    </section>
  );
}
