"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LABEL_MAX, URL_MAX } from "@/features/surf-tips/schemas";
import type { ActionResult } from "@/lib/action";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";

type EditAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

const inputClass =
  "min-w-0 rounded-md border border-slate-300 px-2 py-1.5 text-sm shadow-sm focus:border-brand-600 aria-[invalid]:border-red-600";

/** Editing a tip's label and address inline in the table; `action` is updateSurfTip bound to its id. */
export function EditTipForm({ action, id, label, url }: { action: EditAction; id: number; label: string; url: string }) {
  const t = useTranslations("surfTips.edit");
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const ids = { label: `tip-${id}-label`, url: `tip-${id}-url` };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-1" data-testid="edit-surf-tip">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={ids.label} className="sr-only">
          {t("label", { label })}
        </label>
        <input
          id={ids.label}
          name="label"
          defaultValue={label}
          required
          maxLength={LABEL_MAX}
          autoComplete="off"
          aria-invalid={errors?.label?.length ? true : undefined}
          aria-describedby={errors?.label?.length ? `${ids.label}-error` : undefined}
          className={`${inputClass} w-36`}
        />
        <label htmlFor={ids.url} className="sr-only">
          {t("url", { label })}
        </label>
        <input
          id={ids.url}
          name="url"
          type="url"
          defaultValue={url}
          required
          maxLength={URL_MAX}
          autoComplete="off"
          aria-invalid={errors?.url?.length ? true : undefined}
          aria-describedby={errors?.url?.length ? `${ids.url}-error` : undefined}
          className={`${inputClass} w-60`}
        />
        <Button type="submit" variant="secondary" disabled={pending} aria-label={t("submitLabel", { label })}>
          {t("submit")}
        </Button>
      </div>
      <FieldErrors id={`${ids.label}-error`} errors={errors?.label} />
      <FieldErrors id={`${ids.url}-error`} errors={errors?.url} />
      <FormMessage state={errors ? null : state} />
    </form>
  );
}
