/**
 * A word diff of two texts (jsdiff), rendered as React text: insertions in <ins>, deletions in <del>.
 * Never HTML from the texts themselves, so a diff cannot inject markup.
 */
import { diffWords } from "diff";

export function WordDiff({ before, after, label }: { before: string; after: string; label: string }) {
  const parts = diffWords(before, after);
  return (
    <div>
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">{label}</p>
      <p className="mt-1 whitespace-pre-wrap break-words rounded border border-slate-200 bg-white p-2 text-sm" data-testid="word-diff">
        {parts.map((part, i) =>
          part.added ? (
            <ins key={i} className="bg-green-100 text-green-900">
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={i} className="bg-red-100 text-red-900">
              {part.value}
            </del>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </p>
    </div>
  );
}

export type DiffText = { title: string; teaser: string; text: string };

/** Title, teaser and body text of two versions, each as a word diff. */
export function VersionDiff({ before, after, labels }: { before: DiffText; after: DiffText; labels: { title: string; teaser: string; body: string } }) {
  return (
    <div className="space-y-3">
      <WordDiff label={labels.title} before={before.title} after={after.title} />
      <WordDiff label={labels.teaser} before={before.teaser} after={after.teaser} />
      <WordDiff label={labels.body} before={before.text} after={after.text} />
    </div>
  );
}
