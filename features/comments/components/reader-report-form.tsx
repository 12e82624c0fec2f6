"use client";
/** "Melden": reason from a fixed list and an optional note; works without JavaScript like the comment form. */
import { useActionState } from "react";
import { submitReport } from "@/features/comments/reader-actions";
import { ReaderField, inputClass } from "./reader-field";

export function ReaderReportForm({ commentId, reasons, labels }: { commentId: number; reasons: { value: string; label: string }[]; labels: Record<"reason" | "note" | "submit", string> }) {
  const [state, action, pending] = useActionState(submitReport, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form key={state?.attempt ?? 0} action={action} noValidate className="mt-4 space-y-4">
      <div aria-live="polite">{state?.message ? <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">{state.message}</p> : null}</div>
      <input type="hidden" name="commentId" value={commentId} />
      <fieldset aria-describedby={errors.reason ? "report-reason-error" : undefined}>
        <legend className="text-sm font-medium">{labels.reason}</legend>
        {reasons.map((r) => (
          <label key={r.value} className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="reason" value={r.value} defaultChecked={state?.values.reason === r.value} />
            {r.label}
          </label>
        ))}
        {errors.reason ? <p id="report-reason-error" className="mt-1 text-sm text-red-700">{errors.reason.join(" ")}</p> : null}
      </fieldset>
      <ReaderField id="report-note" label={labels.note} errors={errors.note}>
        <textarea id="report-note" name="note" rows={3} maxLength={500} defaultValue={state?.values.note} aria-describedby={errors.note ? "report-note-error" : undefined} className={inputClass} />
      </ReaderField>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {labels.submit}
      </button>
    </form>
  );
}
