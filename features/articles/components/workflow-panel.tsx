"use client";
/**
 * The workflow steps the page offers for the article's status (decided on the server with
 * checkTransition; transitionArticle checks again). Times are entered in the browser's time zone and
 * sent as ISO instants, so the server never guesses the zone.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { transitionArticle } from "@/features/articles/actions";
import { useArticleVersion } from "@/features/articles/components/article-version";
import { SelectField } from "@/features/articles/components/form-fields";
import type { WorkflowAction } from "@/features/articles/workflow";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action";

type Props = { id: number; actions: WorkflowAction[]; reviewers: { id: number; name: string }[]; reviewerId: number | null };

// The newsroom types Berlin wall-clock times; the server reads them as such (lib/dates.ts), whatever the browser's zone.
const wallClock = (local: FormDataEntryValue | null) => (typeof local === "string" ? local : "");

export function WorkflowPanel({ id, actions, reviewers, reviewerId }: Props) {
  const t = useTranslations("articles.workflow");
  const router = useRouter();
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);
  // Shared with the editor: an autosave a moment ago has already raised it.
  const { version, setVersion } = useArticleVersion(0);
  const errors = state && !state.ok ? state.fieldErrors : undefined;

  async function run(action: WorkflowAction, extra: Record<string, string> = {}) {
    setPending(true);
    try {
      const result = await transitionArticle({ id, version, action, ...extra });
      setState(result);
      if (result.ok && result.data) {
        setVersion(result.data.version);
        router.refresh();
      }
    } finally {
      setPending(false);
    }
  }

  function submitFor(action: WorkflowAction) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const data = new FormData(event.currentTarget);
      if (action === "submit") void run(action, data.get("reviewerId") ? { reviewerId: String(data.get("reviewerId")) } : {});
      else if (action === "publish") void run(action, { publishAt: wallClock(data.get("publishAt")), unpublishAt: wallClock(data.get("unpublishAt")) });
      else void run(action);
    };
  }

  if (actions.length === 0) return <p className="text-sm text-slate-600">{t("noActions")}</p>;
  return (
    <div className="space-y-4">
      {actions.map((action) => (
        <form key={action} onSubmit={submitFor(action)} noValidate className="space-y-3 border-t border-slate-100 pt-3 first:border-0 first:pt-0">
          {action === "submit" ? (
            <SelectField label={t("reviewer")} name="reviewerId" id="workflow-reviewer" defaultValue={reviewerId ?? ""} errors={errors?.reviewerId}>
              <option value="">{t("chooseReviewer")}</option>
              {reviewers.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </SelectField>
          ) : null}
          {action === "publish" ? (
            <>
              <Field label={t("publishAtField")} name="publishAt" id="workflow-publish-at" type="datetime-local" errors={errors?.publishAt} />
              <Field label={t("unpublishAtField")} name="unpublishAt" id="workflow-unpublish-at" type="datetime-local" errors={errors?.unpublishAt} />
            </>
          ) : null}
          <Button type="submit" variant={action === "archive" || action === "unpublish" ? "secondary" : "primary"} disabled={pending}>
            {t(`actions.${action}`)}
          </Button>
        </form>
      ))}
      <FormMessage state={state} />
    </div>
  );
}
