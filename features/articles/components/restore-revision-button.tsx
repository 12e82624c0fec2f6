"use client";
/** Restores one revision (as a new revision) and opens the editor, which then shows the restored text. */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { restoreRevision } from "@/features/articles/actions";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/action";

export function RestoreRevisionButton({ id, version, revision }: { id: number; version: number; revision: number }) {
  const t = useTranslations("articles.revisions");
  const router = useRouter();
  const [state, setState] = useState<ActionResult<unknown> | null>(null);
  const [pending, setPending] = useState(false);

  async function restore() {
    setPending(true);
    try {
      const result = await restoreRevision({ id, version, revision });
      setState(result);
      if (result.ok) router.push(`/admin/articles/${id}`);
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="space-y-1">
      <Button type="button" variant="secondary" onClick={restore} disabled={pending} aria-label={t("restoreLabel", { version: revision })}>
        {pending ? t("restoring") : t("restore")}
      </Button>
      {state && !state.ok ? <FormMessage state={state} /> : null}
    </div>
  );
}
