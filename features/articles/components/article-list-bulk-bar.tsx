"use client";
/**
 * The bulk bar above the article list. The row checkboxes live in the table and join this form
 * through their `form` attribute, so the table stays a server component; without JavaScript the form
 * posts all the same (the pressed button names the action).
 */
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { bulkArticleAction } from "@/features/articles/bulk-actions";
import type { ActionResult } from "@/lib/action";

const NORMAL = ["publish", "unpublish", "archive", "trash"] as const;
const TRASH = ["untrash"] as const;

export function ArticleListBulkBar({ formId, trash }: { formId: string; trash: boolean }) {
  const t = useTranslations("articles.list.bulk");
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(bulkArticleAction, null);
  const actions = trash ? TRASH : NORMAL;
  return (
    <form id={formId} action={formAction} aria-label={t("label")} aria-describedby="article-bulk-hint" className="mb-3 space-y-2" data-testid="article-bulk-bar">
      <div className="flex flex-wrap items-center gap-2">
        <span id="article-bulk-hint" className="text-sm text-slate-700">
          {t("hint")}
        </span>
        {actions.map((action) => (
          <Button key={action} type="submit" name="action" value={action} variant={action === "trash" ? "danger" : "secondary"} disabled={pending}>
            {t(`actions.${action}`)}
          </Button>
        ))}
        {pending ? <span className="text-sm text-slate-600">{t("pending")}</span> : null}
      </div>
      <FormMessage state={state} />
    </form>
  );
}
