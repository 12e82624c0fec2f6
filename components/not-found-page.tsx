import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function NotFoundPage({ home = "/" }: { home?: string }) {
  const t = await getTranslations("common.notFound");
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <Link href={home} className="mt-6 inline-block text-brand-700 underline">
        {t("home")}
      </Link>
    </main>
  );
}
