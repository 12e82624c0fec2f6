"use client";
/** The bulk bar: the decision for the checked comments (or all matching the filter) and undo. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { REJECT_REASON_CODES, type DeskDecision } from "@/features/comments/components/desk-types";

type Props = {
  decisions: DeskDecision[];
  selectedCount: number;
  pageCount: number;
  allPage: boolean;
  matching: { value: number; more: boolean };
  all: boolean;
  busy: boolean;
  onSelectPage: (on: boolean) => void;
  onSelectAll: (on: boolean) => void;
  onBulk: (decision: DeskDecision, reason?: string) => void;
  onUndo: () => void;
};

export function DeskBulkBar(p: Props) {
  const t = useTranslations("comments");
  const [reason, setReason] = useState("");
  const matchCount = `${p.matching.value.toLocaleString("de-DE")}${p.matching.more ? "+" : ""}`;
  const count = p.all ? p.matching.value : p.selectedCount;
  return (
    <section aria-label={t("desk.bulk.label")} className="sticky top-0 z-10 mb-3 space-y-2 rounded-lg border border-slate-200 bg-white p-3 shadow-sm" data-testid="desk-bulk-bar">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <label className="flex items-center gap-2">
          <input type="checkbox" className="size-4" checked={p.allPage} onChange={(e) => p.onSelectPage(e.currentTarget.checked)} disabled={p.busy || p.pageCount === 0} />
          {t("desk.bulk.selectPage")}
        </label>
        {p.matching.value > p.pageCount || p.matching.more ? (
          <label className="flex items-center gap-2">
            <input type="checkbox" className="size-4" checked={p.all} onChange={(e) => p.onSelectAll(e.currentTarget.checked)} disabled={p.busy} />
            {t("desk.bulk.selectAll", { count: matchCount })}
          </label>
        ) : null}
        <span className="text-slate-700" aria-live="polite">
          {p.all ? t("desk.bulk.allSelected", { count: matchCount }) : t("desk.bulk.selected", { count: p.selectedCount })}
        </span>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {p.decisions.map((d) =>
          d === "reject" ? (
            <span key={d} className="inline-flex items-center gap-1">
              <select
                aria-label={t("desk.actions.reason")}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                className="rounded-md border border-slate-300 px-2 py-1.5 text-sm"
              >
                <option value="">{t("desk.actions.chooseReason")}</option>
                {REJECT_REASON_CODES.map((r) => (
                  <option key={r} value={r}>
                    {t(`reasons.${r}`)}
                  </option>
                ))}
              </select>
              <Button type="button" variant="secondary" disabled={p.busy || count === 0 || !reason} onClick={() => p.onBulk("reject", reason)}>
                {t("desk.actions.reject")}
              </Button>
            </span>
          ) : (
            <Button key={d} type="button" variant={d === "delete" ? "danger" : "secondary"} disabled={p.busy || count === 0} onClick={() => p.onBulk(d)}>
              {t(`desk.actions.${d}`)}
            </Button>
          ),
        )}
        <Button type="button" variant="ghost" disabled={p.busy} onClick={p.onUndo}>
          {t("desk.actions.undo")}
        </Button>
      </div>
    </section>
  );
}
