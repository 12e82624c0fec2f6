import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MailLinkPage } from "@/features/subscriptions/components/mail-link-page";
import { unsubscribeState } from "@/features/subscriptions/reader";
import { unsubscribeFromMail } from "@/features/subscriptions/reader-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false }, referrer: "same-origin" };

/** The unsubscribe link of a mail, opened in a browser (mail clients use the one-click POST instead). */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  setRequestLocale("de");
  const { token } = await params;
  const [t, { state, article, newsletter }] = await Promise.all([getTranslations("subscriptions.pages.unsubscribe"), unsubscribeState(token)]);
  const title = article?.title ?? "";
  if (state === "active") {
    const text = newsletter ? t("newsletterIntro") : t("intro", { title });
    return <MailLinkPage title={t("title")} text={text} isStatus={false} button={{ label: t("submit"), token, action: unsubscribeFromMail }} article={article} />;
  }
  if (state === "invalid") return <MailLinkPage title={t("invalidTitle")} text={t("invalid")} isStatus article={article} />;
  return <MailLinkPage title={t("doneTitle")} text={newsletter ? t("newsletterDone") : t("done", { title })} isStatus article={article} />;
}
