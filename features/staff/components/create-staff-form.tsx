"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Field, FieldErrors } from "@/components/ui/field";
import { createStaff, type CreatedStaff } from "@/features/staff/actions";
import { FormMessage } from "@/components/ui/form-message";
import { OneTimeSecret } from "@/features/staff/components/one-time-secret";
import { RoleCheckboxes } from "@/features/staff/components/role-checkboxes";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";

/** Creating a person; after success the one-time secret replaces the form until "another" is chosen. */
export function CreateStaffForm() {
  const [round, setRound] = useState(0);
  return <CreateStaffRound key={round} onAnother={() => setRound((r) => r + 1)} />;
}

function CreateStaffRound({ onAnother }: { onAnother: () => void }) {
  const t = useTranslations("staff.create");
  const [state, formAction, pending] = useActionState(createStaff, null);
  const onSubmit = useSubmitKeepingValues(formAction);

  if (state?.ok && state.data) return <Created data={state.data} message={state.message} onAnother={onAnother} />;
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-xl space-y-5 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <Field label={t("name")} name="name" autoComplete="off" required maxLength={100} errors={errors?.name} />
      <Field label={t("email")} name="email" type="email" autoComplete="off" required maxLength={254} errors={errors?.email} />
      <RoleCheckboxes legend={t("roles")} errors={errors?.roles} />
      <fieldset aria-describedby={errors?.access?.length ? "access-error" : undefined} className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("access")}</legend>
        {(["password", "invite"] as const).map((mode) => (
          <label key={mode} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name="access" value={mode} defaultChecked={mode === "password"} className="size-4" />
            {mode === "password" ? t("accessPassword") : t("accessInvite")}
          </label>
        ))}
        <FieldErrors id="access-error" errors={errors?.access} />
      </fieldset>
      <FormMessage state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}

function Created({ data, message, onAnother }: { data: CreatedStaff; message?: string; onAnother: () => void }) {
  const t = useTranslations("staff.create");
  const format = useFormatter();
  const heading = useRef<HTMLHeadingElement>(null);
  // The submit button just disappeared with the form: move focus to the news.
  useEffect(() => heading.current?.focus(), []);
  // Rendered after the action answered, normally in the browser; without JS the path has to do.
  const inviteUrl = data.invitePath && typeof window !== "undefined" ? new URL(data.invitePath, window.location.origin).toString() : data.invitePath;
  return (
    <section aria-labelledby="created-title" className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="created-title" ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900 outline-none">
        {message}
      </h2>
      {data.password ? <OneTimeSecret label={t("passwordOnce")} value={data.password} /> : null}
      {inviteUrl && data.inviteExpiresAt ? (
        <OneTimeSecret label={t("inviteOnce", { expires: format.dateTime(data.inviteExpiresAt, { dateStyle: "medium", timeStyle: "short" }) })} value={inviteUrl} />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Link href={`/admin/staff/${data.id}`} className={buttonClass("primary")}>
          {t("openPerson")}
        </Link>
        <Button type="button" variant="secondary" onClick={onAnother}>
          {t("another")}
        </Button>
      </div>
    </section>
  );
}
