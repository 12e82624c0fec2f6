"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action";

type AcceptAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/** The invitee chooses a password; `action` is acceptInvite bound to the token of the link. */
export function AcceptInviteForm({ action, minLength, maxLength }: { action: AcceptAction; minLength: number; maxLength: number }) {
  const t = useTranslations("staff.invite");
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        <Link href="/login" className={buttonClass("primary", "w-full")}>
          {t("toLogin")}
        </Link>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={minLength}
        maxLength={maxLength}
        hint={t("passwordHint", { min: minLength })}
        errors={errors?.password}
      />
      <Field label={t("confirm")} name="confirm" type="password" autoComplete="new-password" required maxLength={maxLength} errors={errors?.confirm} />
      <FormMessage state={state} />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
