import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { unsubscribeState } from "@/features/subscriptions/reader";
import { unsubscribeFromMail } from "@/features/subscriptions/reader-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** The unsubscribe link of a mail, opened in a browser (mail clients use the one-click POST instead). */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  setRequestLocale("de");
  const { token } = await params;
  const [t, { state, article, newsletter }] = await Promise.all([getTranslations("subscriptions.pages"), unsubscribeState(token)]);
  const title = article?.title ?? "";
  return (
    <section className="space-y-4">
      {state === "active" ? (
        <>
          <h1 className="text-2xl font-semibold">{t("unsubscribe.title")}</h1>
          <p>{newsletter ? t("unsubscribe.newsletterIntro") : t("unsubscribe.intro", { title })}</p>
          <form action={unsubscribeFromMail}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              {t("unsubscribe.submit")}
            </button>
          </form>
        </>
      ) : state === "invalid" ? (
        <>
          <h1 className="text-2xl font-semibold">{t("unsubscribe.invalidTitle")}</h1>
          <p role="status">{t("unsubscribe.invalid")}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{t("unsubscribe.doneTitle")}</h1>
          <p role="status">{newsletter ? t("unsubscribe.newsletterDone") : t("unsubscribe.done", { title })}</p>
        </>
      )}
      <p>
        <Link href={article ? `/artikel/${article.slug}` : "/"} className="text-brand-700 underline">
          {article ? t("backToArticle") : t("home")}
        </Link>
      </p>
    </section>
  );
}
