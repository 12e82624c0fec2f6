import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("common.forbidden");
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-red-700">403</p>
      <h1 className="mt-2 text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <Link href="/admin" className="mt-6 inline-block text-brand-700 underline">
        {t("back")}
      </Link>
    </main>
  );
}
