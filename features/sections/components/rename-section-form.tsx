"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";
import { SECTION_NAME_MAX } from "@/features/sections/schemas";
import type { ActionResult } from "@/lib/action";

type RenameAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** Renaming inline in the table; `action` is renameSection bound to the section's id. The slug stays. */
export function RenameSectionForm({ action, id, name }: { action: RenameAction; id: number; name: string }) {
  const t = useTranslations("sections.rename");
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const inputId = `section-${id}-name`;
  const errorId = `${inputId}-error`;
  const errors = state && !state.ok ? state.fieldErrors?.name : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={inputId} className="sr-only">
          {t("label", { name })}
        </label>
        <input
          id={inputId}
          name="name"
          defaultValue={name}
          required
          maxLength={SECTION_NAME_MAX}
          autoComplete="off"
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={errors?.length ? errorId : undefined}
          className="min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1.5 text-sm shadow-sm focus:border-brand-600 aria-[invalid]:border-red-600"
        />
        <Button type="submit" variant="secondary" disabled={pending} aria-label={t("submitLabel", { name })}>
          {t("submit")}
        </Button>
      </div>
      <FieldErrors id={errorId} errors={errors} />
      {/* Field errors stand under the input; the region reports success and refusals without a field. */}
      <FormMessage state={errors?.length ? null : state} />
    </form>
  );
}
