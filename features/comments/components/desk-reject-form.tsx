"use client";
/** The reason select and note that a rejection needs; the select takes the focus when it opens (r). */
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { NOTE_MAX_LENGTH, REJECT_REASON_CODES } from "@/features/comments/components/desk-types";

export function DeskRejectForm({ id, name, onSubmit, onCancel }: { id: number; name: string; onSubmit: (reason: string, note: string) => void; onCancel: () => void }) {
  const t = useTranslations("comments");
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);
  return (
    <form
      className="mt-3 flex flex-wrap items-end gap-2 rounded-md bg-slate-50 p-3"
      aria-label={t("desk.actionLabel", { action: t("desk.actions.reject"), name })}
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        onSubmit(String(data.get("reason") ?? ""), String(data.get("note") ?? ""));
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") onCancel();
      }}
    >
      <label className="text-sm">
        <span className="block font-medium">{t("desk.actions.reason")}</span>
        <select ref={select} name="reason" required defaultValue="" className="rounded-md border border-slate-300 px-2 py-1.5" data-testid={`reject-reason-${id}`}>
          <option value="" disabled>
            {t("desk.actions.chooseReason")}
          </option>
          {REJECT_REASON_CODES.map((r) => (
            <option key={r} value={r}>
              {t(`reasons.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="min-w-48 flex-1 text-sm">
        <span className="block font-medium">{t("desk.actions.note")}</span>
        <input name="note" maxLength={NOTE_MAX_LENGTH} className="w-full rounded-md border border-slate-300 px-2 py-1.5" />
      </label>
      <Button type="submit" variant="danger">
        {t("desk.actions.confirmReject")}
      </Button>
      <Button type="button" variant="ghost" onClick={onCancel}>
        {t("desk.actions.cancel")}
      </Button>
    </form>
  );
}
