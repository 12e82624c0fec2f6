/** The filter form: a plain GET form, so the filter lives in the URL and works without JavaScript. */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { SEARCH_WINDOW, deskHref, type DeskFilters } from "@/features/comments/desk-params";

const input = "block w-full rounded-md border border-slate-300 px-2 py-1.5 text-sm";

export async function DeskFilterForm({ filters, sections }: { filters: DeskFilters; sections: { id: number; name: string }[] }) {
  const t = await getTranslations("comments.desk.filters");
  const searching = Boolean(filters.q || filters.commenter);
  return (
    <>
      <form action={deskHref(filters.queue)} method="get" aria-label={t("label")} className={`${searching ? "mb-1" : "mb-4"} grid gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-3 lg:grid-cols-6`}>
        <label className="text-sm">
          <span className="font-medium">{t("article")}</span>
          <input name="article" inputMode="numeric" defaultValue={filters.article ?? ""} className={input} />
        </label>
        <label className="text-sm">
          <span className="font-medium">{t("section")}</span>
          <select name="section" defaultValue={filters.section ?? ""} className={input}>
            <option value="">{t("anySection")}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="font-medium">{t("q")}</span>
          <input name="q" type="search" maxLength={100} defaultValue={filters.q ?? ""} className={input} />
        </label>
        <label className="text-sm">
          <span className="font-medium">{t("commenter")}</span>
          <input name="commenter" type="search" maxLength={100} defaultValue={filters.commenter ?? ""} className={input} />
        </label>
        <label className="text-sm">
          <span className="font-medium">{t("order")}</span>
          <select name="order" defaultValue={filters.order} className={input}>
            <option value="newest">{t("newest")}</option>
            <option value="oldest">{t("oldest")}</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass("secondary")}>
            {t("apply")}
          </button>
          <Link href={deskHref(filters.queue)} className={buttonClass("ghost")}>
            {t("reset")}
          </Link>
        </div>
      </form>
      {searching ? (
        <p className="mb-4 text-xs text-slate-600" data-testid="desk-search-window">
          {t("window", { count: SEARCH_WINDOW })}
        </p>
      ) : null}
    </>
  );
}
