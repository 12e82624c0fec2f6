"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { rejectBooking } from "@/features/ads/actions";

/** Rejecting a request, with an optional note that the advertiser's mail quotes. */
export function RejectForm({ id }: { id: number }) {
  const t = useTranslations("ads.booking");
  const [state, formAction, pending] = useActionState(rejectBooking.bind(null, id), null);
  return (
    <form action={formAction} className="space-y-2">
      <label htmlFor="reject-note" className="block text-sm font-medium text-slate-800">
        {t("note")}
      </label>
      <textarea id="reject-note" name="note" rows={2} maxLength={500} className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
      <FormMessage state={state} />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? t("rejecting") : t("reject")}
      </Button>
    </form>
  );
}
