"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { submitKeepingValues, type FormAction } from "@/features/comments/components/rules-form-helpers";
import { REASON_MAX, type BanKindValue } from "@/features/comments/rules-admin-limits";

/**
 * Banning an e-mail address or an IP hash, with an optional reason and last day. On the rules page
 * `action` is addBan (the kind travels as a hidden field); in the commenter view it is banCommenter
 * bound to the address, so only reason and date are asked for.
 */
export function RulesBanForm({ kind, action, withValue = true, submitLabel }: { kind: BanKindValue; action: FormAction; withValue?: boolean; submitLabel?: string }) {
  const t = useTranslations("comments.rules.bans");
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const id = (field: string) => `ban-${kind.toLowerCase()}-${field}`;
  return (
    <form ref={form} action={formAction} onSubmit={submitKeepingValues(formAction)} noValidate className="space-y-3" aria-label={submitLabel ?? t(`lists.${kind}`)}>
      {withValue ? (
        <>
          <input type="hidden" name="kind" value={kind} />
          <Field
            id={id("value")}
            name="value"
            type={kind === "EMAIL" ? "email" : "text"}
            label={t(`value.${kind}`)}
            hint={t(`valueHint.${kind}`)}
            autoComplete="off"
            required
            maxLength={254}
            errors={errors?.value}
          />
        </>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("reason")} name="reason" label={t("reason")} hint={t("reasonHint")} autoComplete="off" maxLength={REASON_MAX} errors={errors?.reason} />
        <Field id={id("expiresOn")} name="expiresOn" type="date" label={t("expiresOn")} hint={t("expiresHint")} errors={errors?.expiresOn} />
      </div>
      <FormMessage state={state} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("adding") : (submitLabel ?? t("add"))}
      </Button>
    </form>
  );
}
