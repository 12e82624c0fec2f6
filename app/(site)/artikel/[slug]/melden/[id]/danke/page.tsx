import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function ReportThanksPage({ params }: { params: Promise<{ slug: string; id: string }> }) {
  setRequestLocale("de");
  const [{ slug, id }, t] = await Promise.all([params, getTranslations("readerComments")]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("report.thanksTitle")}</h1>
      <p role="status">{t("report.thanks")}</p>
      <Link href={`/artikel/${slug}#kommentar-${encodeURIComponent(id)}`} className="text-brand-700 underline">{t("status.backToArticle")}</Link>
    </section>
  );
}
