"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { saveAdvertiser } from "@/features/ads/advertiser-actions";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";

type Advertiser = { id: number; name: string; contactName: string | null; email: string; phone: string | null };

/** An advertiser's contact data; typed values survive a refusal. */
export function AdvertiserForm({ advertiser }: { advertiser: Advertiser }) {
  const t = useTranslations("ads.form");
  const ta = useTranslations("ads.advertisers");
  const [state, formAction, pending] = useActionState(saveAdvertiser, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-2" data-testid="advertiser-form">
      <input type="hidden" name="id" value={advertiser.id} />
      <Field id="advertiser-company" label={t("company")} name="company" defaultValue={advertiser.name} required maxLength={100} errors={errors?.company} />
      <Field id="advertiser-contact" label={t("contactName")} name="contactName" defaultValue={advertiser.contactName ?? ""} maxLength={100} errors={errors?.contactName} />
      <Field id="advertiser-email" label={t("email")} name="email" type="email" defaultValue={advertiser.email} required maxLength={254} errors={errors?.email} />
      <Field id="advertiser-phone" label={t("phone")} name="phone" type="tel" defaultValue={advertiser.phone ?? ""} maxLength={40} errors={errors?.phone} />
      <div className="space-y-2 sm:col-span-2">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? ta("saving") : ta("save")}
        </Button>
      </div>
    </form>
  );
}
