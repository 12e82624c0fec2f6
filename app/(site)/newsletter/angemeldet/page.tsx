import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** After a sign-up: the same answer whether or not the address was known. */
export default async function NewsletterRequestedPage() {
  setRequestLocale("de");
  const [t, tp] = await Promise.all([getTranslations("subscriptions.newsletter"), getTranslations("subscriptions.pages")]);
  return (
    <section className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("doneTitle")}</h1>
      <p role="status">{t("done")}</p>
      <Link href="/" className="text-brand-700 underline">
        {tp("home")}
      </Link>
    </section>
  );
}
