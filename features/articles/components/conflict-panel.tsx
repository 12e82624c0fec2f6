"use client";
/**
 * Shown when a save was refused because someone else saved in between: their version next to a word
 * diff against the user's own text, which stays in the editor until the user decides.
 */
import { useFormatter, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { VersionDiff } from "@/features/articles/components/word-diff";
import type { ConflictData } from "@/features/articles/revisions";

export type Mine = { title: string; teaser: string; bodyHtml: string };

/** The text of editor HTML (in the browser), with blocks separated by spaces. */
export function textOf(html: string): string {
  const spaced = html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption|pre)>|<br\s*\/?>/gi, "$& ");
  const doc = new DOMParser().parseFromString(spaced, "text/html");
  return (doc.body.textContent ?? "").replace(/\s+/g, " ").trim();
}

export function ConflictPanel({ conflict, mine, onKeepMine, onTakeTheirs }: { conflict: ConflictData; mine: Mine; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const t = useTranslations("articles");
  const format = useFormatter();
  const theirs = { title: conflict.title, teaser: conflict.teaser, text: textOf(conflict.bodyHtml) };
  const ours = { title: mine.title, teaser: mine.teaser, text: textOf(mine.bodyHtml) };
  return (
    <section aria-labelledby="conflict-title" className="space-y-4 rounded-lg border border-amber-400 bg-amber-50 p-4" data-testid="conflict-panel">
      <h2 id="conflict-title" className="text-lg font-semibold text-slate-900">
        {t("editor.conflict.title", { version: conflict.version })}
      </h2>
      <p className="text-sm text-slate-700">
        {t("editor.conflict.savedBy", {
          name: conflict.savedBy ?? t("editor.conflict.unknown"),
          time: format.dateTime(new Date(conflict.savedAt), { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      <dl className="space-y-2 text-sm" data-testid="conflict-theirs">
        <dt className="font-medium">{t("diff.title")}</dt>
        <dd>{theirs.title}</dd>
        <dt className="font-medium">{t("diff.teaser")}</dt>
        <dd>{theirs.teaser}</dd>
        <dt className="font-medium">{t("diff.body")}</dt>
        <dd className="whitespace-pre-wrap">{theirs.text}</dd>
      </dl>
      <h3 className="font-medium text-slate-900">{t("editor.conflict.diffTitle")}</h3>
      <p className="text-xs text-slate-600">{t("diff.legend")}</p>
      <VersionDiff before={theirs} after={ours} labels={{ title: t("diff.title"), teaser: t("diff.teaser"), body: t("diff.body") }} />
      <div className="flex flex-wrap gap-2">
        <Button type="button" onClick={onKeepMine}>
          {t("editor.conflict.keepMine")}
        </Button>
        <Button type="button" variant="secondary" onClick={onTakeTheirs}>
          {t("editor.conflict.takeTheirs")}
        </Button>
      </div>
    </section>
  );
}
