"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitKeepingValues } from "@/features/comments/components/rules-form-helpers";
import { saveCommentSettings } from "@/features/comments/rules-admin-actions";

type NumberKey = "linkLimit" | "newCommenterThreshold" | "floodSeconds" | "maxLength";
type Settings = Record<NumberKey, number> & { premoderateAll: boolean };

/**
 * The rules' numbers and the site-wide pre-moderation switch. `bounds` come from commentSettingsSchema
 * on the server, so the inputs' limits never disagree with what the server accepts.
 */
export function RulesSettingsForm({ settings, bounds }: { settings: Settings; bounds: Record<NumberKey, { min: number; max: number }> }) {
  const t = useTranslations("comments.rules.settings");
  const [state, formAction, pending] = useActionState(saveCommentSettings, null);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const number = (key: NumberKey) => (
    <Field
      key={key}
      id={`setting-${key}`}
      name={key}
      type="number"
      inputMode="numeric"
      step={1}
      min={bounds[key].min}
      max={bounds[key].max}
      required
      defaultValue={settings[key]}
      label={t(`fields.${key}.label`)}
      hint={t(`fields.${key}.hint`)}
      errors={errors?.[key]}
    />
  );
  return (
    <form action={formAction} onSubmit={submitKeepingValues(formAction)} noValidate className="max-w-xl space-y-4">
      {number("linkLimit")}
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <input
            id="setting-premoderateAll"
            name="premoderateAll"
            type="checkbox"
            defaultChecked={settings.premoderateAll}
            aria-describedby="setting-premoderateAll-hint"
            className="h-4 w-4 rounded border-slate-300"
          />
          <label htmlFor="setting-premoderateAll" className="text-sm font-medium text-slate-800">
            {t("fields.premoderateAll.label")}
          </label>
        </div>
        <p id="setting-premoderateAll-hint" className="text-xs text-slate-600">
          {t("fields.premoderateAll.hint")}
        </p>
      </div>
      {number("newCommenterThreshold")}
      {number("floodSeconds")}
      {number("maxLength")}
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
