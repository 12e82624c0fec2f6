import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmationState } from "@/features/subscriptions/reader";
import { confirmFromMail } from "@/features/subscriptions/reader-actions";
import { now } from "@/lib/clock";

// Behind a signed link from a mail: per request, never cached, never indexed, no referrer to others.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "no-referrer" };

/** Confirming takes a press of the button: opening the link (as mail scanners do) confirms nothing. */
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  setRequestLocale("de");
  const { token } = await params;
  const [t, { state, article, newsletter }] = await Promise.all([getTranslations("subscriptions.pages"), confirmationState(token, await now())]);
  const title = article?.title ?? "";
  return (
    <section className="space-y-4">
      {state === "pending" ? (
        <>
          <h1 className="text-2xl font-semibold">{t("confirm.title")}</h1>
          <p>{newsletter ? t("confirm.newsletterIntro") : t("confirm.intro", { title })}</p>
          <form action={confirmFromMail}>
            <input type="hidden" name="token" value={token} />
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
              {t("confirm.submit")}
            </button>
          </form>
        </>
      ) : state === "confirmed" || state === "already" ? (
        <>
          <h1 className="text-2xl font-semibold">{t("confirm.confirmedTitle")}</h1>
          <p role="status">{newsletter ? t("confirm.newsletterConfirmed") : t("confirm.confirmed", { title })}</p>
        </>
      ) : (
        <>
          <h1 className="text-2xl font-semibold">{state === "expired" ? t("confirm.expiredTitle") : t("confirm.invalidTitle")}</h1>
          <p role="status">{state === "expired" ? t("confirm.expired") : t("confirm.invalid")}</p>
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
