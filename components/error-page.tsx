"use client";

import { useTranslations } from "next-intl";

/** No stack trace ever reaches a user: a short apology and a retry. */
export function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-3xl font-semibold">{t("title")}</h1>
      <p className="mt-4 text-slate-600">{t("text")}</p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-white">
        {t("retry")}
      </button>
    </main>
  );
}
