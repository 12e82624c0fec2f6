import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { AUDIT_SEARCH_WINDOW, type AuditFilters } from "@/features/audit/search-params";

const control = "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600";

/** A plain GET form: the filters end up in the URL, so results can be linked and reloaded. */
export async function AuditFilterForm({ filters, actions, actors }: { filters: AuditFilters; actions: string[]; actors: { id: number; name: string }[] }) {
  const t = await getTranslations("audit.filters");
  return (
    <form method="get" action="/admin/audit" role="search" aria-label={t("label")} className="mb-6 flex flex-wrap items-end gap-4">
      <div className="space-y-1">
        <label htmlFor="audit-action" className="block text-sm font-medium text-slate-800">{t("action")}</label>
        <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={control}>
          <option value="">{t("allActions")}</option>
          {actions.map((a) => <option key={a} value={a}>{a}</option>)}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="audit-actor" className="block text-sm font-medium text-slate-800">{t("actor")}</label>
        <select id="audit-actor" name="actorId" defaultValue={filters.actorId ? String(filters.actorId) : ""} className={control}>
          <option value="">{t("allActors")}</option>
          {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </select>
      </div>
      <div className="min-w-64 flex-1 space-y-1">
        <label htmlFor="audit-q" className="block text-sm font-medium text-slate-800">{t("q")}</label>
        <input id="audit-q" name="q" type="search" maxLength={100} defaultValue={filters.q ?? ""} className={control} />
      </div>
      {/* Not in the form, but kept when the other filters change (links from elsewhere set it). */}
      {filters.targetType ? <input type="hidden" name="targetType" value={filters.targetType} /> : null}
      <button type="submit" className={buttonClass("primary")}>{t("submit")}</button>
      <Link href="/admin/audit" className={buttonClass("ghost")}>{t("reset")}</Link>
      {filters.q ? (
        <p className="w-full text-xs text-slate-600" data-testid="audit-search-window">
          {t("window", { count: AUDIT_SEARCH_WINDOW })}
        </p>
      ) : null}
    </form>
  );
}
