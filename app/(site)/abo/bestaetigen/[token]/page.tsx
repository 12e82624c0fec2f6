import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MailLinkPage } from "@/features/subscriptions/components/mail-link-page";
import { confirmationState } from "@/features/subscriptions/reader";
import { confirmFromMail } from "@/features/subscriptions/reader-actions";
import { now } from "@/lib/clock";

// Behind a signed link from a mail: per request, never cached, never indexed, no referrer to other sites
// ("same-origin", not "no-referrer": under that, browsers send `Origin: null` with the button's form post
// when JavaScript is off, which the CSRF check rightly refuses).
export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "same-origin" };

/** Confirming takes a press of the button: opening the link (as mail scanners do) confirms nothing. */
export default async function ConfirmPage({ params }: { params: Promise<{ token: string }> }) {
  setRequestLocale("de");
  const { token } = await params;
  const [t, { state, article, newsletter }] = await Promise.all([getTranslations("subscriptions.pages.confirm"), confirmationState(token, await now())]);
  const title = article?.title ?? "";
  if (state === "pending") {
    const text = newsletter ? t("newsletterIntro") : t("intro", { title });
    return <MailLinkPage title={t("title")} text={text} isStatus={false} button={{ label: t("submit"), token, action: confirmFromMail }} article={article} />;
  }
  if (state === "confirmed" || state === "already") {
    return <MailLinkPage title={t("confirmedTitle")} text={newsletter ? t("newsletterConfirmed") : t("confirmed", { title })} isStatus article={article} />;
  }
  const expired = state === "expired";
  return <MailLinkPage title={expired ? t("expiredTitle") : t("invalidTitle")} text={expired ? t("expired") : t("invalid")} isStatus article={article} />;
}
