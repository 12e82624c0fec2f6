import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { DataTable, cellClass } from "@/components/ui/data-table";
import { moveSurfTip, removeSurfTip, updateSurfTip } from "@/features/surf-tips/actions";
import { EditTipForm } from "@/features/surf-tips/components/edit-tip-form";
import { LinkStatus } from "@/features/surf-tips/components/link-status";
import type { PlannerTip } from "@/features/surf-tips/queries";

/**
 * The tips of one week in sidebar order. Editable weeks get inline edit forms, up/down and remove
 * (plain forms with ids bound on the server: they work without JavaScript); a past week is read-only.
 */
export async function WeekTipsTable({ week, tips, editable }: { week: string; tips: PlannerTip[]; editable: boolean }) {
  const t = await getTranslations("surfTips");
  const columns = editable
    ? [t("week.columns.position"), t("week.columns.tip"), t("week.columns.edit"), t("week.columns.clicks"), t("week.columns.order"), t("week.columns.remove")]
    : [t("week.columns.position"), t("week.columns.tip"), t("week.columns.clicks")];
  return (
    <DataTable caption={t("week.caption", { week })} columns={columns}>
      {tips.map((tip, i) => (
        <tr
          key={tip.id}
          className={`border-t border-slate-100 align-top ${tip.linkStatus === "UNREACHABLE" ? "bg-red-50/50" : ""}`}
          data-testid="surf-tip-row"
          data-link-status={tip.linkStatus ?? "UNCHECKED"}
        >
          <td className={`${cellClass} tabular-nums`}>{i + 1}</td>
          <th scope="row" className={`${cellClass} text-left font-medium`}>
            {tip.label}
            <span className="block break-all text-xs font-normal text-slate-600">{tip.url}</span>
            <LinkStatus status={tip.linkStatus} checkedAt={tip.linkCheckedAt} />
          </th>
          {editable ? (
            <td className={cellClass}>
              <EditTipForm action={updateSurfTip.bind(null, tip.id)} id={tip.id} label={tip.label} url={tip.url} />
            </td>
          ) : null}
          <td className={`${cellClass} tabular-nums`} data-testid="surf-tip-clicks">
            {t("week.clicks", { count: tip.clicks })}
          </td>
          {editable ? (
            <>
              <td className={cellClass}>
                <div className="flex gap-1">
                  {i > 0 ? (
                    <ActionButton
                      action={moveSurfTip.bind(null, tip.id, "up")}
                      label={t("move.up")}
                      pendingLabel={t("move.pending")}
                      accessibleLabel={t("move.upLabel", { label: tip.label })}
                    />
                  ) : null}
                  {i < tips.length - 1 ? (
                    <ActionButton
                      action={moveSurfTip.bind(null, tip.id, "down")}
                      label={t("move.down")}
                      pendingLabel={t("move.pending")}
                      accessibleLabel={t("move.downLabel", { label: tip.label })}
                    />
                  ) : null}
                </div>
              </td>
              <td className={cellClass}>
                <ActionButton
                  action={removeSurfTip.bind(null, tip.id)}
                  label={t("remove.submit")}
                  pendingLabel={t("remove.pending")}
                  accessibleLabel={t("remove.submitLabel", { label: tip.label })}
                  variant="danger"
                />
              </td>
            </>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
