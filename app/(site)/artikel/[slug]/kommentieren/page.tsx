import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommentForm } from "@/features/comments/components/comment-form";
import { FORM_FLASH_COOKIE, readFlash } from "@/features/comments/form-flash";
import { loadArticle } from "@/features/site/article-page";

// The comment form on a page of its own: where a refused post without JavaScript comes back to, with
// its messages and typed values (features/comments/form-flash.ts), so the article page stays cached.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function WriteCommentPage({ params }: { params: Promise<{ slug: string }> }) {
  setRequestLocale("de");
  const article = await loadArticle((await params).slug);
  const [t, jar] = await Promise.all([getTranslations("readerComments"), cookies()]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">
        {t("writeTitle")}: {article.title}
      </h1>
      {article.commentMode === "CLOSED" ? (
        <p>{t("errors.closed")}</p>
      ) : (
        <CommentForm ownPage article={article} initial={readFlash(jar.get(FORM_FLASH_COOKIE)?.value, null)} />
      )}
      <Link href={`/artikel/${article.slug}#comments-heading`} className="text-brand-700 underline">
        {t("status.backToArticle")}
      </Link>
    </section>
  );
}
