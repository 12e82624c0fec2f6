import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/i18n/config";
import { setLocale } from "@/lib/locale-actions";

export async function LocaleSwitch() {
  const locale = await getLocale();
  const t = await getTranslations("common.locale");
  return (
    <form action={setLocale} className="flex items-center gap-1 text-sm" aria-label={t("label")}>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          aria-pressed={l === locale}
          aria-label={t(l)}
          className={`rounded px-2 py-1 ${l === locale ? "bg-slate-200 font-semibold" : "hover:bg-slate-100"}`}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </form>
  );
}
