"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/action";

type DeleteAction = (prev: ActionResult | null, formData: FormData) => Promise<ActionResult>;

/**
 * Deleting one section; `action` is deleteSection bound to its id. The server refuses while the
 * section still holds articles and says so here; after success the row disappears from the table.
 */
export function DeleteSectionForm({ action, name }: { action: DeleteAction; name: string }) {
  const t = useTranslations("sections.delete");
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-1">
      <Button type="submit" variant="danger" disabled={pending} aria-label={t("submitLabel", { name })}>
        {pending ? t("pending") : t("submit")}
      </Button>
      <p role="status" aria-live="polite" className="max-w-56 text-sm font-medium text-red-700">
        {state && !state.ok ? state.message : null}
      </p>
    </form>
  );
}
