"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { saveSlot } from "@/features/ads/slot-actions";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";

export type SlotValues = { id: number; key: string; name: string; width: number; height: number; pricePerDayCents: number; capacity: number; position: number; active: boolean };

/** Creates a slot (without `slot`) or edits one; typed values survive a refusal. */
export function SlotForm({ slot }: { slot?: SlotValues }) {
  const t = useTranslations("ads.slots");
  const te = useTranslations("ads.errors");
  const [state, formAction, pending] = useActionState(saveSlot, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok && !slot) form.current?.reset();
  }, [state, slot]);
  const raw = state && !state.ok ? state.fieldErrors : undefined;
  const errors = raw ? Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v?.map((m) => (m === "price" ? te("price") : m))])) : undefined;
  const id = (name: string) => `slot-${slot?.id ?? "new"}-${name}`;
  return (
    <form ref={form} action={formAction} onSubmit={onSubmit} noValidate className="grid gap-3 sm:grid-cols-3" data-testid={`slot-form-${slot?.key ?? "new"}`}>
      {slot ? <input type="hidden" name="id" value={slot.id} /> : null}
      <div className="sm:col-span-3">
        <Field id={id("name")} label={t("name")} name="name" defaultValue={slot?.name} required maxLength={60} errors={errors?.name} />
      </div>
      <Field id={id("width")} label={t("width")} name="width" type="number" min={50} max={2000} defaultValue={slot?.width ?? 300} errors={errors?.width} />
      <Field id={id("height")} label={t("height")} name="height" type="number" min={50} max={2000} defaultValue={slot?.height ?? 250} errors={errors?.height} />
      <Field id={id("price")} label={t("price")} name="price" inputMode="decimal" defaultValue={slot ? (slot.pricePerDayCents / 100).toFixed(2).replace(".", ",") : "5,00"} errors={errors?.price} />
      <Field id={id("capacity")} label={t("capacity")} name="capacity" type="number" min={1} max={10} defaultValue={slot?.capacity ?? 1} errors={errors?.capacity} />
      <Field id={id("position")} label={t("position")} name="position" type="number" min={0} max={1000} defaultValue={slot?.position ?? 0} errors={errors?.position} />
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={slot?.active ?? true} />
        {t("active")}
      </label>
      <div className="space-y-2 sm:col-span-3">
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </div>
    </form>
  );
}
