import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** What a bot that filled the honeypot sees: the same kind of thanks a held comment gets. */
export default async function CommentReceivedPage({ params }: { params: Promise<{ slug: string }> }) {
  setRequestLocale("de");
  const [{ slug }, t] = await Promise.all([params, getTranslations("readerComments")]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("receivedTitle")}</h1>
      <p role="status">{t("received")}</p>
      <Link href={`/artikel/${slug}`} className="text-brand-700 underline">{t("status.backToArticle")}</Link>
    </section>
  );
}
