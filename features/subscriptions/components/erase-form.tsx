"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { FormAction } from "@/components/ui/action-button";
import { Field } from "@/components/ui/field";

type Labels = { confirm: string; submit: string; pending: string; back: string };

/** The GDPR erasure: the staff member types the address; afterwards only the message and a way back remain. */
export function EraseForm({ action, labels }: { action: FormAction; labels: Labels }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div className="space-y-2">
        <p role="status" className="font-medium text-green-800">
          {state.message}
        </p>
        <Link href="/admin/subscriptions" className="text-brand-700 underline">
          {labels.back}
        </Link>
      </div>
    );
  }
  return (
    <form action={formAction} className="max-w-md space-y-3">
      <Field label={labels.confirm} name="confirm" type="email" autoComplete="off" required errors={state?.fieldErrors?.confirm} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? labels.pending : labels.submit}
      </Button>
      <p role="status" aria-live="polite" className="text-sm font-medium text-red-700">
        {state && !state.ok && !state.fieldErrors ? state.message : null}
      </p>
    </form>
  );
}
