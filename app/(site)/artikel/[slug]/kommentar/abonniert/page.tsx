import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** After "Abonnieren" with an empty text: the same answer whether or not the address was known. */
export default async function SubscribedPage({ params }: { params: Promise<{ slug: string }> }) {
  setRequestLocale("de");
  const [{ slug }, t] = await Promise.all([params, getTranslations("readerComments.status")]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("subscribedTitle")}</h1>
      <p role="status">{t("subscribed")}</p>
      <Link href={`/artikel/${slug}`} className="text-brand-700 underline">{t("backToArticle")}</Link>
    </section>
  );
}
