"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FieldErrors } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { saveIssue } from "@/features/newsletter/actions";
import { ARTICLES_MAX, INTRO_MAX, SUBJECT_MAX } from "@/features/newsletter/schemas";
import { useHydrated } from "@/lib/use-hydrated";
import { useSubmitKeepingValues } from "@/lib/use-submit-keeping-values";

export type Candidate = { id: number; title: string; section: string; published: string };

/**
 * A draft issue: subject, intro and a choice of recent articles. Saving a new draft moves to its page;
 * saving an existing one refreshes the page's preview. The fields keep what was typed when a save is
 * refused (a stale version, say).
 */
export function IssueForm({
  issue,
  candidates,
  onDirtyChange,
}: {
  issue?: { id: number; version: number; subject: string; intro: string; articleIds: number[] };
  candidates: Candidate[];
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const t = useTranslations("newsletter.form");
  const router = useRouter();
  const hydrated = useHydrated();
  const [dirty, setDirty] = useState(false);
  const [state, formAction, pending] = useActionState(async (prev: Awaited<ReturnType<typeof saveIssue>> | null, formData: FormData) => {
    const result = await saveIssue(prev, formData);
    if (result.ok) {
      setDirty(false);
      onDirtyChange?.(false);
    }
    return result;
  }, null);
  const onSubmit = useSubmitKeepingValues(formAction);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  // Saved: a new draft moves to its own page; an existing one gets its preview and version refreshed.
  useEffect(() => {
    if (!state?.ok || !state.data) return;
    if (!issue) router.replace(`/admin/newsletter/${state.data.id}`);
    else router.refresh();
  }, [state, issue, router]);

  const markDirty = () => {
    if (dirty) return;
    setDirty(true);
    onDirtyChange?.(true);
  };

  return (
    <form action={formAction} onSubmit={onSubmit} onChange={markDirty} noValidate className="max-w-3xl space-y-5" data-testid="newsletter-form">
      {issue ? (
        <>
          <input type="hidden" name="id" value={issue.id} />
          <input type="hidden" name="version" value={Math.max(issue.version, state?.ok && state.data ? state.data.version : 0)} />
        </>
      ) : null}
      <Field label={t("subject")} name="subject" defaultValue={issue?.subject} required maxLength={SUBJECT_MAX} autoComplete="off" errors={errors?.subject} />
      <div className="space-y-1">
        <label htmlFor="field-intro" className="block text-sm font-medium text-slate-800">
          {t("intro")}
        </label>
        <textarea
          id="field-intro"
          name="intro"
          rows={6}
          maxLength={INTRO_MAX}
          defaultValue={issue?.intro}
          aria-describedby="field-intro-hint field-intro-error"
          aria-invalid={errors?.intro?.length ? true : undefined}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-brand-600 aria-[invalid]:border-red-600"
        />
        <p id="field-intro-hint" className="text-xs text-slate-600">
          {t("introHint")}
        </p>
        <FieldErrors id="field-intro-error" errors={errors?.intro} />
      </div>
      <fieldset className="space-y-2" aria-describedby="field-articles-hint field-articles-error">
        <legend className="text-sm font-medium text-slate-800">{t("articles", { max: ARTICLES_MAX })}</legend>
        <p id="field-articles-hint" className="text-xs text-slate-600">
          {t("articlesHint")}
        </p>
        {candidates.length === 0 ? <p className="text-sm text-slate-700">{t("noArticles")}</p> : null}
        <ul className="max-h-96 divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 bg-white">
          {candidates.map((a) => (
            <li key={a.id}>
              <label className="flex cursor-pointer items-start gap-3 px-3 py-2 text-sm hover:bg-slate-50">
                <input type="checkbox" name="articleIds" value={a.id} defaultChecked={issue?.articleIds.includes(a.id)} className="mt-1" />
                <span>
                  <span className="font-medium text-slate-900">{a.title}</span>
                  <span className="block text-xs text-slate-600">
                    {a.section} · {a.published}
                  </span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldErrors id="field-articles-error" errors={errors?.articleIds} />
      </fieldset>
      <FormMessage state={state} />
      <Button type="submit" disabled={!hydrated || pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}
