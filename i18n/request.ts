import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";

// The reader site sets its locale (setRequestLocale("de")) so that it never reads a cookie and stays
// cacheable; the dashboard and login follow the browser's cookie.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : await cookieLocale();
  return { locale, messages: await loadMessages(locale), timeZone: "Europe/Berlin" };
});

async function cookieLocale() {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(cookie) ? cookie : DEFAULT_LOCALE;
}
