/** "Antworten" and "Melden" under a shown comment: links to small dynamic pages, so the article page stays cacheable. */
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function CommentLinks({ slug, comment, canReply }: { slug: string; comment: { id: number; parentId: number | null; authorName: string }; canReply: boolean }) {
  const t = await getTranslations("readerComments.actions");
  return (
    <p className="mt-2 flex gap-4 text-sm">
      {canReply && comment.parentId === null ? (
        <Link href={`/artikel/${slug}/antworten/${comment.id}`} aria-label={t("replyTo", { name: comment.authorName })} className="text-brand-700 underline" prefetch={false}>
          {t("reply")}
        </Link>
      ) : null}
      <Link href={`/artikel/${slug}/melden/${comment.id}`} aria-label={t("reportOf", { name: comment.authorName })} className="text-slate-600 underline" prefetch={false} rel="nofollow">
        {t("report")}
      </Link>
    </p>
  );
}
