import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";

export const metadata: Metadata = { title: "Vielen Dank", robots: { index: false } };

export default async function AdvertiseThanksPage() {
  setRequestLocale("de");
  const t = await getTranslations("ads.form");
  return (
    <section className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("doneTitle")}</h1>
      <p role="status">{t("done")}</p>
    </section>
  );
}
