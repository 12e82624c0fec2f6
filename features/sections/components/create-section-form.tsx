"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createSection } from "@/features/sections/actions";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";
import { SECTION_NAME_MAX } from "@/features/sections/schemas";

/** Creating a section: its name only; the slug follows from it on the server. */
export function CreateSectionForm() {
  const t = useTranslations("sections.create");
  const [state, formAction, pending] = useActionState(createSection, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const form = useRef<HTMLFormElement>(null);
  // Typed values survive an error; after success the field is emptied for the next one.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-4">
      <Field
        id="new-section-name"
        label={t("name")}
        name="name"
        autoComplete="off"
        required
        maxLength={SECTION_NAME_MAX}
        hint={t("nameHint")}
        errors={errors?.name}
      />
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
