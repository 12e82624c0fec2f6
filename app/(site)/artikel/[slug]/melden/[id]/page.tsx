import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CommentBox } from "@/features/comments/components/comment-box";
import { ReaderReportForm } from "@/features/comments/components/reader-report-form";
import { getShownComment } from "@/features/comments/reader-queries";
import { REPORT_REASONS } from "@/features/comments/report";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ReportPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  setRequestLocale("de");
  const { slug, id } = await params;
  const commentId = Number(id);
  if (!Number.isSafeInteger(commentId) || commentId <= 0) notFound();
  const [comment, t] = await Promise.all([getShownComment(slug, commentId), getTranslations("readerComments")]);
  if (!comment) notFound();
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("report.title")}</h1>
      <p>{t("report.intro")}</p>
      <CommentBox comment={comment} />
      <ReaderReportForm
        commentId={comment.id}
        reasons={REPORT_REASONS.map((value) => ({ value, label: t(`report.reasons.${value}`) }))}
        labels={{ reason: t("report.reason"), note: t("report.note"), submit: t("report.submit") }}
      />
      <Link href={`/artikel/${slug}#kommentar-${comment.id}`} className="text-brand-700 underline">{t("status.backToArticle")}</Link>
    </section>
  );
}
