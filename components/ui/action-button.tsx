"use client";

import { useActionState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

/** A server action as `useActionState` calls it: ids bound first, then (previous state, form data). */
export type FormAction = (prev: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

/**
 * One button that runs one bound server action (remove a word, lift a ban, resend a confirmation):
 * a plain form, so it works without JavaScript; the answer (a refusal, or with `confirmDone` the
 * success message) is read out next to the button.
 */
export function ActionButton({
  action,
  label,
  pendingLabel,
  accessibleLabel,
  variant = "secondary",
  testId,
  confirmDone = false,
}: {
  action: FormAction;
  label: string;
  pendingLabel: string;
  accessibleLabel?: string;
  variant?: ButtonVariant;
  testId?: string;
  confirmDone?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-1">
      <Button type="submit" variant={variant} disabled={pending} aria-label={accessibleLabel} data-testid={testId}>
        {pending ? pendingLabel : label}
      </Button>
      <p role="status" aria-live="polite" className={`max-w-64 text-sm font-medium ${state?.ok ? "text-green-800" : "text-red-700"}`}>
        {state && (!state.ok || confirmDone) ? state.message : null}
      </p>
    </form>
  );
}
