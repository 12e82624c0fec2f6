import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { signUpForNewsletter } from "@/features/subscriptions/newsletter-actions";

// The error of a refused sign-up comes back in the query string (the form works without JavaScript).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Newsletter" };

type Props = { searchParams: Promise<{ fehler?: string }> };

export default async function NewsletterPage({ searchParams }: Props) {
  setRequestLocale("de");
  const [t, tc, { fehler }] = await Promise.all([getTranslations("subscriptions.newsletter"), getTranslations("subscriptions.consent"), searchParams]);
  const error = fehler === "email" ? t("emailInvalid") : fehler === "limit" ? t("rateLimited") : null;
  return (
    <section className="max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("intro")}</p>
      <form action={signUpForNewsletter} aria-labelledby="newsletter-form-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="newsletter-form-title" className="sr-only">
          {t("title")}
        </h2>
        <div className="space-y-1">
          <label htmlFor="newsletter-email" className="block text-sm font-medium">
            {t("email")}
          </label>
          <input
            id="newsletter-email"
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "newsletter-error" : "newsletter-consent"}
            className="block w-full rounded-md border border-slate-300 px-3 py-2"
          />
        </div>
        <div className="hidden" aria-hidden="true">
          <label htmlFor="newsletter-website">{t("honeypot")}</label>
          <input id="newsletter-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <p id="newsletter-consent" className="text-sm text-slate-600">
          {tc("newsletter")}
        </p>
        {error ? (
          <p id="newsletter-error" role="alert" className="text-sm font-medium text-red-700">
            {error}
          </p>
        ) : null}
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
