/** The queues as tabs, each with its (capped) count; they keep the article scope and the filters. */
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { QUEUE_SLUGS, deskHref, type DeskFilters } from "@/features/comments/desk-params";
import type { CappedCount } from "@/lib/capped-count";

export async function DeskTabs({ filters, counts }: { filters: DeskFilters; counts: Record<string, CappedCount> }) {
  const [t, format] = await Promise.all([getTranslations("comments.desk"), getFormatter()]);
  const { queue, ...scope } = filters;
  const rest = { ...scope, cursor: undefined };
  return (
    <nav aria-label={t("queues.label")} className="mb-4">
      <ul className="flex flex-wrap gap-2">
        {QUEUE_SLUGS.map((q) => {
          const c = counts[q];
          return (
            <li key={q}>
              <Link
                href={deskHref(q, rest)}
                aria-current={q === queue ? "page" : undefined}
                data-testid={`desk-tab-${q}`}
                className={`inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${
                  q === queue ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50"
                }`}
              >
                {t(`queues.${q}`)}
                <span className="font-semibold tabular-nums">{c.more ? t("more", { count: format.number(c.value) }) : format.number(c.value)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
