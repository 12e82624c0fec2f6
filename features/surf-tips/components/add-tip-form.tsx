"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { LABEL_MAX, URL_MAX } from "@/features/surf-tips/schemas";
import type { ActionResult } from "@/lib/action";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";

type AddAction = (prev: ActionResult<{ id: number }> | null, formData: FormData) => Promise<ActionResult<{ id: number }>>;

/** Adding a tip at the end of a week; `action` is addSurfTip bound to the week. */
export function AddTipForm({ action }: { action: AddAction }) {
  const t = useTranslations("surfTips.add");
  const [state, formAction, pending] = useActionState(action, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const form = useRef<HTMLFormElement>(null);
  // Typed values survive an error; after success the fields are emptied for the next tip.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4" data-testid="add-surf-tip">
      <Field id="new-tip-label" label={t("label")} name="label" autoComplete="off" required maxLength={LABEL_MAX} hint={t("labelHint", { max: LABEL_MAX })} errors={errors?.label} />
      <Field id="new-tip-url" label={t("url")} name="url" type="url" inputMode="url" autoComplete="off" required maxLength={URL_MAX} hint={t("urlHint")} errors={errors?.url} />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
