"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { OneTimeSecret } from "@/features/staff/components/one-time-secret";
import type { ActionResult } from "@/lib/action";

type AccountAction = () => Promise<ActionResult<{ password: string }>>;

/**
 * One button that runs one account action (bound to the person's id on the server page) and shows
 * its outcome; a password in the result is shown once below it.
 */
export function AccountActionForm({ action, label, hint, variant = "secondary" }: { action: AccountAction; label: string; hint?: string; variant?: ButtonVariant }) {
  const t = useTranslations("staff.detail");
  const hintId = useId();
  // Called without arguments: the previous result (maybe a password) never travels back to the server.
  const [state, formAction, pending] = useActionState(() => action(), null);
  const password = state?.ok ? state.data?.password : undefined;
  return (
    <form action={formAction} className="space-y-2">
      <Button type="submit" variant={variant} disabled={pending} aria-describedby={hint ? hintId : undefined}>
        {pending ? t("pending") : label}
      </Button>
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {password && state?.message ? <OneTimeSecret label={state.message} value={password} /> : <FormMessage state={state} />}
    </form>
  );
}
