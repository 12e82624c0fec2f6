import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionButton } from "@/components/ui/action-button";
import { RulesBanForm } from "@/features/comments/components/rules-ban-form";
import { addBan, removeBan } from "@/features/comments/rules-admin-actions";
import type { BanKindValue } from "@/features/comments/rules-admin-limits";
import type { BanList } from "@/features/comments/rules-admin-queries";

/** The bans of one kind (newest first; IP hashes shortened) with a lift button each, and the form for a new one. */
export async function RulesBanList({ kind, bans }: { kind: BanKindValue; bans: BanList }) {
  const [t, format] = await Promise.all([getTranslations("comments.rules.bans"), getFormatter()]);
  const headingId = `bans-${kind.toLowerCase()}-title`;
  const date = (d: Date) => <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium" })}</time>;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`ban-list-${kind}`}>
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        {t(`lists.${kind}`)}
      </h3>
      {bans.items.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <DataTable caption={t(`lists.${kind}`)} columns={[t("columns.value"), t("columns.reason"), t("columns.since"), t("columns.until"), t("columns.remove")]}>
          {bans.items.map((ban) => (
            <tr key={ban.id} className="border-t border-slate-100 align-top" data-testid="ban-entry">
              <th scope="row" className={`${cellClass} break-all text-left font-medium`}>
                {kind === "IP_HASH" ? <code>{ban.shown}</code> : ban.shown}
              </th>
              <td className={`${cellClass} break-words`}>{ban.reason ?? "–"}</td>
              <td className={cellClass}>{date(ban.createdAt)}</td>
              <td className={cellClass}>
                {/* A ban ends when its last day ends: show that day, not the midnight after it. */}
                {ban.expiresAt ? date(new Date(ban.expiresAt.getTime() - 1)) : t("forever")}
                {ban.active ? null : <span className="ml-1 rounded bg-slate-100 px-1 text-xs text-slate-700">{t("expired")}</span>}
              </td>
              <td className={cellClass}>
                <ActionButton action={removeBan.bind(null, ban.id)} label={t("remove")} pendingLabel={t("removing")} accessibleLabel={t("removeLabel", { value: ban.shown })} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {bans.more ? <p className="text-sm text-slate-600">{t("more", { count: bans.items.length })}</p> : null}
      <RulesBanForm kind={kind} action={addBan} />
    </section>
  );
}
