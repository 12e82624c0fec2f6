import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionButton } from "@/components/ui/action-button";
import { RulesWordForm } from "@/features/comments/components/rules-word-form";
import { removeWord } from "@/features/comments/rules-admin-actions";
import type { WordKindValue } from "@/features/comments/rules-admin-limits";
import type { WordEntry } from "@/features/comments/rules-admin-queries";

/** One word list (banned or suspect): its words, each with a remove button (id bound on the server), and the add form. */
export async function RulesWordList({ kind, words }: { kind: WordKindValue; words: WordEntry[] }) {
  const t = await getTranslations("comments.rules.words");
  const headingId = `words-${kind.toLowerCase()}-title`;
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`word-list-${kind}`}>
      <div>
        <h3 id={headingId} className="text-base font-semibold text-slate-900">
          {t(`kinds.${kind}`)}
        </h3>
        <p className="text-sm text-slate-600">{t(`hints.${kind}`)}</p>
      </div>
      {words.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-100" aria-label={t("caption", { kind: t(`kinds.${kind}`) })}>
          {words.map((w) => (
            <li key={w.id} className="flex items-start justify-between gap-3 py-2" data-testid="word-entry">
              <span className="break-all pt-2 font-medium text-slate-900">{w.word}</span>
              <ActionButton action={removeWord.bind(null, w.id)} label={t("remove")} pendingLabel={t("removing")} accessibleLabel={t("removeLabel", { word: w.word })} />
            </li>
          ))}
        </ul>
      )}
      <RulesWordForm kind={kind} />
    </section>
  );
}
