/** The filter form of the article list: a plain GET form, so every view can be linked and reloaded. */
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { ARTICLE_SORTS, TRASH, type ArticleListFilters } from "@/features/articles/list-params";
import { ARTICLE_STATUSES } from "@/features/articles/workflow";

const control = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600";
const label = "block text-sm font-medium text-slate-800";

type Option = { id: number; name: string };

function Select({ id, name, text, value, children }: { id: string; name: string; text: string; value: string; children: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className={label}>
        {text}
      </label>
      <select id={id} name={name} defaultValue={value} className={control}>
        {children}
      </select>
    </div>
  );
}

export async function ArticleListFilterForm({ filters, sections, staff }: { filters: ArticleListFilters; sections: Option[]; staff: Option[] }) {
  const [t, tStatus, tSort] = await Promise.all([getTranslations("articles.list.filters"), getTranslations("admin.articles.status"), getTranslations("articles.list.sorts")]);
  const people = (all: string) => [
    <option key="" value="">
      {all}
    </option>,
    ...staff.map((s) => (
      <option key={s.id} value={s.id}>
        {s.name}
      </option>
    )),
  ];
  return (
    <form method="get" action="/admin/articles" role="search" aria-label={t("label")} className="mb-4 flex flex-wrap items-end gap-4">
      {filters.inbox ? (
        <>
          <input type="hidden" name="inbox" value="1" />
          <p className="w-full text-sm font-medium text-slate-800">{t("inboxActive")}</p>
        </>
      ) : (
        <Select id="articles-status" name="status" text={t("status")} value={filters.status ?? ""}>
          <option value="">{t("allStatuses")}</option>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tStatus(s)}
            </option>
          ))}
          <option value={TRASH}>{t("trash")}</option>
        </Select>
      )}
      <Select id="articles-section" name="section" text={t("section")} value={filters.section ? String(filters.section) : ""}>
        <option value="">{t("allSections")}</option>
        {sections.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </Select>
      <Select id="articles-author" name="author" text={t("author")} value={filters.author ? String(filters.author) : ""}>
        {people(t("allAuthors"))}
      </Select>
      {filters.inbox ? null : (
        <Select id="articles-reviewer" name="reviewer" text={t("reviewer")} value={filters.reviewer ? String(filters.reviewer) : ""}>
          {people(t("allReviewers"))}
        </Select>
      )}
      <div className="min-w-56 flex-1 space-y-1">
        <label htmlFor="articles-q" className={label}>
          {t("q")}
        </label>
        <input id="articles-q" name="q" type="search" maxLength={100} defaultValue={filters.q ?? ""} className={control} />
      </div>
      <Select id="articles-sort" name="sort" text={t("sort")} value={filters.sort}>
        {ARTICLE_SORTS.map((s) => (
          <option key={s} value={s}>
            {tSort(s)}
          </option>
        ))}
      </Select>
      <Select id="articles-dir" name="dir" text={t("dir")} value={filters.dir}>
        <option value="desc">{t("desc")}</option>
        <option value="asc">{t("asc")}</option>
      </Select>
      <button type="submit" className={buttonClass("primary")}>
        {t("submit")}
      </button>
      <Link href="/admin/articles" className={buttonClass("ghost")}>
        {t("reset")}
      </Link>
    </form>
  );
}
