"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { createBooking } from "@/features/ads/actions";
import { requestBooking } from "@/features/ads/request-actions";
import { HEADLINE_MAX, TEXT_MAX } from "@/features/ads/schemas";
import type { ActionResult } from "@/lib/action";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";

export type BookableSlot = { id: number; name: string; width: number; height: number; pricePerDayCents: number };

const euro = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
const days = (start: string, end: string) => Math.round((Date.parse(`${end}T12:00:00Z`) - Date.parse(`${start}T12:00:00Z`)) / 86_400_000) + 1;

type State = ActionResult<{ id: number } | undefined> | null;

const publicRequest = (prev: State, formData: FormData): Promise<State> => requestBooking(prev, formData);
const staffBooking = (prev: State, formData: FormData): Promise<State> => createBooking(prev, formData);

/**
 * A booking: slot, period (with the price as the server will compute it), the ad and the advertiser.
 * `public` posts a request ("Werben Sie ab 5 Euro", with a picture upload, a honeypot and an
 * idempotency key); `staff` books at once and opens the new booking.
 */
export function BookingForm({ slots, mode, today, idempotencyKey }: { slots: BookableSlot[]; mode: "public" | "staff"; today: string; idempotencyKey?: string }) {
  const t = useTranslations("ads.form");
  const router = useRouter();
  const [state, formAction, pending] = useActionState<State, FormData>(mode === "public" ? publicRequest : staffBooking, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const [slotId, setSlotId] = useState(slots[0]?.id ?? 0);
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const slot = slots.find((s) => s.id === slotId);
  const n = start && end && end >= start ? days(start, end) : 0;

  useEffect(() => {
    if (mode === "staff" && state?.ok && state.data) router.push(`/admin/ads/bookings/${state.data.id}`);
  }, [mode, state, router]);

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate encType="multipart/form-data" className="max-w-2xl space-y-5" data-testid="booking-form">
      {idempotencyKey ? <input type="hidden" name="idempotencyKey" value={idempotencyKey} /> : null}
      <div className="space-y-1">
        <label htmlFor="booking-slot" className="block text-sm font-medium text-slate-800">
          {t("slot")}
        </label>
        <select
          id="booking-slot"
          name="slotId"
          value={slotId}
          onChange={(e) => setSlotId(Number(e.target.value))}
          aria-describedby="booking-slot-error"
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        >
          {slots.map((s) => (
            <option key={s.id} value={s.id}>
              {t("slotOption", { name: s.name, width: s.width, height: s.height, price: euro.format(s.pricePerDayCents / 100) })}
            </option>
          ))}
        </select>
        <FieldErrors id="booking-slot-error" errors={errors?.slotId} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("startDay")} name="startDay" id="booking-start" type="date" min={today} required value={start} onChange={(e) => setStart(e.target.value)} errors={errors?.startDay} />
        <Field label={t("endDay")} name="endDay" id="booking-end" type="date" min={start || today} required value={end} onChange={(e) => setEnd(e.target.value)} errors={errors?.endDay} />
      </div>
      <p role="status" aria-live="polite" className="min-h-5 text-sm font-medium text-slate-800" data-testid="price-estimate">
        {slot && n > 0 ? t("priceEstimate", { price: euro.format((slot.pricePerDayCents * n) / 100), days: n }) : null}
      </p>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("creative")}</legend>
        <Field label={t("headline")} name="headline" required maxLength={HEADLINE_MAX} errors={errors?.headline} />
        <div className="space-y-1">
          <label htmlFor="field-text" className="block text-sm font-medium text-slate-800">
            {t("text")}
          </label>
          <textarea
            id="field-text"
            name="text"
            rows={3}
            required
            maxLength={TEXT_MAX}
            aria-describedby="field-text-error"
            aria-invalid={errors?.text?.length ? true : undefined}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid]:border-red-600"
          />
          <FieldErrors id="field-text-error" errors={errors?.text} />
        </div>
        <Field label={t("targetUrl")} name="targetUrl" type="url" inputMode="url" required maxLength={500} errors={errors?.targetUrl} />
        {mode === "public" ? <Field label={t("image")} name="image" type="file" accept="image/jpeg,image/png,image/webp,image/gif" errors={errors?.image} /> : null}
        <Field label={t("imageUrl")} name="imageUrl" type="url" inputMode="url" maxLength={500} errors={errors?.imageUrl} />
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{t("contact")}</legend>
        <Field label={t("company")} name="company" required maxLength={100} autoComplete="organization" errors={errors?.company} />
        <Field label={t("contactName")} name="contactName" maxLength={100} autoComplete="name" errors={errors?.contactName} />
        <Field label={t("email")} name="email" type="email" required maxLength={254} autoComplete="email" errors={errors?.email} />
        <Field label={t("phone")} name="phone" type="tel" maxLength={40} autoComplete="tel" errors={errors?.phone} />
      </fieldset>
      {mode === "public" ? (
        <div className="hidden" aria-hidden="true">
          <label htmlFor="booking-website">{t("honeypot")}</label>
          <input id="booking-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
      ) : null}
      <FormMessage state={state} />
      <Button type="submit" disabled={pending || slots.length === 0}>
        {pending ? t("submitting") : mode === "public" ? t("submit") : t("staffSubmit")}
      </Button>
    </form>
  );
}
