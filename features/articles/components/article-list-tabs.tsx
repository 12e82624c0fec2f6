/** The views above the list: all, each status with its (capped) count, my review inbox and the trash. */
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CappedCount } from "@/lib/capped-count";
import { articleListHref, TRASH, type ArticleListFilters, type ArticleListStatus } from "@/features/articles/list-params";
import { ARTICLE_STATUSES, type ArticleStatus } from "@/features/articles/workflow";

type Tab = { key: string; label: string; href: string; current: boolean; count?: CappedCount };

export async function ArticleListTabs({ filters, counts }: { filters: ArticleListFilters; counts: Record<ArticleStatus | "inbox", CappedCount> }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("articles.list.tabs"), getTranslations("admin.articles.status"), getFormatter()]);
  // A tab keeps the other filters and the sort, and starts at the first page.
  const { inbox, status } = filters;
  const rest = { ...filters, cursor: undefined, inbox: undefined, status: undefined };
  const to = (s?: ArticleListStatus) => articleListHref({ ...rest, status: s });
  const tabs: Tab[] = [
    { key: "all", label: t("all"), href: to(), current: !inbox && !status },
    ...ARTICLE_STATUSES.map((s) => ({ key: s, label: tStatus(s), href: to(s), current: !inbox && status === s, count: counts[s] })),
    { key: "inbox", label: t("inbox"), href: articleListHref({ ...rest, inbox: true }), current: !!inbox, count: counts.inbox },
    { key: "trash", label: t("trash"), href: to(TRASH), current: !inbox && status === TRASH },
  ];
  return (
    <nav aria-label={t("label")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.current ? "page" : undefined}
              data-testid={`article-tab-${tab.key}`}
              className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${
                tab.current ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
              }`}
            >
              {tab.label}
              {tab.count ? (
                <span className="font-semibold tabular-nums">{tab.count.more ? t("more", { count: format.number(tab.count.value) }) : format.number(tab.count.value)}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
