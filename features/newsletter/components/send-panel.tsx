"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { sendIssue } from "@/features/newsletter/actions";
import type { ActionResult } from "@/lib/action";

/** Sending needs a ticked confirmation (the browser enforces it, with or without JavaScript). */
export function SendPanel({ id, version, recipients, disabled }: { id: number; version: number; recipients: number; disabled?: boolean }) {
  const t = useTranslations("newsletter.send");
  const [state, formAction, pending] = useActionState(async (previous: ActionResult | null) => (previous?.ok ? previous : sendIssue(id, version)), null);
  return (
    <form action={formAction} className="space-y-3" data-testid="newsletter-send">
      <p className="text-sm text-slate-800">{t("recipients", { count: recipients })}</p>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="confirm" required className="mt-1" />
        <span>{t("confirm")}</span>
      </label>
      {disabled ? <p className="text-sm text-amber-800">{t("unsaved")}</p> : null}
      <FormMessage state={state} />
      <Button type="submit" variant="danger" disabled={pending || disabled || recipients === 0}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
