"use client";

import { useActionState } from "react";
import { Button, type ButtonVariant } from "@/components/ui/button";
import type { FormAction } from "@/features/comments/components/rules-form-helpers";

/**
 * One button that runs one bound server action (remove a word, lift a ban, ban a comment's IP hash):
 * a plain form, so it works without JavaScript; a refusal is read out next to the button.
 */
export function RulesActionButton({
  action,
  label,
  pendingLabel,
  accessibleLabel,
  variant = "secondary",
  testId,
}: {
  action: FormAction;
  label: string;
  pendingLabel: string;
  accessibleLabel?: string;
  variant?: ButtonVariant;
  testId?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-1">
      <Button type="submit" variant={variant} disabled={pending} aria-label={accessibleLabel} data-testid={testId}>
        {pending ? pendingLabel : label}
      </Button>
      <p role="status" aria-live="polite" className="max-w-64 text-sm font-medium text-red-700">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}
