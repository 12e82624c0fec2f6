"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";

type CopyAction = (prev: ActionResult<{ count: number }> | null, formData: FormData) => Promise<ActionResult<{ count: number }>>;

/**
 * Copying the shown week's tips into another week; `action` is copySurfTipWeek bound to the source
 * week. A target that has tips is refused (with the reason under the checkbox) unless "replace" is ticked.
 */
export function CopyWeekForm({ action, targets }: { action: CopyAction; targets: { isoWeek: string; count: number }[] }) {
  const t = useTranslations("surfTips.copy");
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-3" data-testid="copy-surf-week">
      <div className="space-y-1">
        <label htmlFor="copy-to" className="block text-sm font-medium text-slate-800">
          {t("to")}
        </label>
        <select
          id="copy-to"
          name="to"
          aria-invalid={errors?.to?.length ? true : undefined}
          aria-describedby={errors?.to?.length ? "copy-to-error" : undefined}
          className="block rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm"
        >
          {targets.map((w) => (
            <option key={w.isoWeek} value={w.isoWeek}>
              {t("option", { week: w.isoWeek, count: w.count })}
            </option>
          ))}
        </select>
        <FieldErrors id="copy-to-error" errors={errors?.to} />
      </div>
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="replace" className="mt-1" aria-describedby={errors?.replace?.length ? "copy-replace-error" : undefined} />
          <span>{t("replace")}</span>
        </label>
        <FieldErrors id="copy-replace-error" errors={errors?.replace} />
      </div>
      <FormMessage state={errors?.replace?.length || errors?.to?.length ? null : state} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
