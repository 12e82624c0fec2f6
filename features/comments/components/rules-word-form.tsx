"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitKeepingValues } from "@/features/comments/components/rules-form-helpers";
import { addWord } from "@/features/comments/rules-admin-actions";
import { WORD_MAX, WORD_MIN, type WordKindValue } from "@/features/comments/rules-admin-limits";

/** Adding one word to the banned or the suspect list; the server trims and lower-cases it. */
export function RulesWordForm({ kind }: { kind: WordKindValue }) {
  const t = useTranslations("comments.rules.words");
  const [state, formAction, pending] = useActionState(addWord, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const id = `word-${kind.toLowerCase()}`;
  return (
    <form ref={form} action={formAction} onSubmit={submitKeepingValues(formAction)} noValidate className="space-y-2" aria-label={t("kinds." + kind)}>
      <input type="hidden" name="kind" value={kind} />
      <div className="flex flex-wrap items-start gap-2">
        <div className="min-w-48 flex-1">
          <Field id={id} name="word" label={t("word")} hint={t("wordHint", { min: WORD_MIN, max: WORD_MAX })} autoComplete="off" required maxLength={WORD_MAX} errors={errors?.word} />
        </div>
        <Button type="submit" disabled={pending} className="mt-6">
          {pending ? t("adding") : t("add")}
        </Button>
      </div>
      <FormMessage state={errors?.word?.length ? null : state} />
    </form>
  );
}
