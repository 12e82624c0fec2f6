/**
 * Messages are split by feature (messages/<locale>/<namespace>.json) so features do not edit one
 * shared file; each file becomes the namespace of its name.
 */
import type { Locale } from "@/i18n/config";

const loaders = {
  de: () => import("@/messages/de").then((m) => m.default),
  en: () => import("@/messages/en").then((m) => m.default),
} satisfies Record<Locale, () => Promise<Record<string, unknown>>>;

export function loadMessages(locale: Locale) {
  return loaders[locale]();
}
