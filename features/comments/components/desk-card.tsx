/**
 * What a moderator needs to decide one comment: the article, the parent of a reply, why the rules held
 * it (the word marked inside the text), open reports, the commenter's record and the comment's own
 * decision history. Reader text is rendered as React text only, never as HTML.
 */
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DeskCard } from "@/features/comments/desk-queries";
import { highlightWords } from "@/features/comments/highlight";

const HELD_CODES = ["SUSPECT_WORD", "BANNED_WORD", "LINK_LIMIT", "PREMODERATED_ARTICLE", "PREMODERATED_SITE", "NEW_COMMENTER"];

export async function DeskCardBody({ card }: { card: DeskCard }) {
  const [t, tStatus, tReason, format] = await Promise.all([
    getTranslations("comments.desk"),
    getTranslations("comments.status"),
    getTranslations("comments.reasons"),
    getFormatter(),
  ]);
  const when = (d: Date) => <time dateTime={d.toISOString()}>{format.dateTime(d, { dateStyle: "medium", timeStyle: "short" })}</time>;
  const words = card.heldReasons.filter((r) => (r.code === "SUSPECT_WORD" || r.code === "BANNED_WORD") && r.detail).map((r) => r.detail!);
  const reasonLabel = (code: string) => ((tReason.has(code as never) ? tReason(code as never) : code) as string);
  return (
    <div className="min-w-0 flex-1 space-y-2">
      <p className="text-xs text-slate-600">
        <span className="font-semibold text-slate-900">{card.authorName}</span> · {when(card.createdAt)} · {t("card.onArticle")}{" "}
        <Link href={`/admin/comments/pending?article=${card.article.id}`} className="text-brand-700 underline">
          {card.article.title}
        </Link>{" "}
        · {t("card.status", { status: tStatus(card.status) })}
      </p>
      {card.parent ? (
        <blockquote className="border-l-4 border-slate-200 pl-3 text-sm text-slate-600">
          <span className="font-medium">{t("card.replyTo", { name: card.parent.authorName })}</span>{" "}
          <span className="whitespace-pre-line break-words">{card.parent.body}</span>
        </blockquote>
      ) : null}
      <p className="whitespace-pre-line break-words text-slate-900" data-testid="desk-comment-body">
        {highlightWords(card.body, words).map((p, i) =>
          p.mark ? (
            <mark key={i} className="rounded bg-amber-200 px-0.5">
              {p.text}
            </mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </p>
      {card.heldReasons.length > 0 || card.reports.length > 0 ? (
        <ul className="flex flex-wrap gap-2 text-xs" aria-label={t("card.held")}>
          {card.heldReasons.map((r, i) => (
            <li key={`h${i}`} className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900">
              {t(`held.${HELD_CODES.includes(r.code) ? r.code : "OTHER"}` as never)}
              {r.detail ? `: ${r.detail}` : ""}
            </li>
          ))}
          {card.reports.length > 0 ? (
            <li className="rounded-full bg-red-100 px-2 py-0.5 text-red-900">
              {t("card.reports", { count: card.reports.reduce((n, r) => n + r.count, 0) })}: {card.reports.map((r) => `${reasonLabel(r.reason)} (${r.count})`).join(", ")}
            </li>
          ) : null}
        </ul>
      ) : null}
      <p className="text-xs text-slate-600">
        <Link href={`/admin/comments/commenter?email=${encodeURIComponent(card.authorEmail)}`} className="text-brand-700 underline">
          {card.authorEmail || card.authorName}
        </Link>{" "}
        · {t("card.commenter", { approved: format.number(card.commenter.approved), rejected: format.number(card.commenter.rejected) })}
      </p>
      {card.history.length > 0 ? (
        <details className="text-xs text-slate-700">
          <summary className="cursor-pointer">{t("card.history")} ({card.history.length})</summary>
          <ol className="mt-1 space-y-0.5">
            {card.history.map((h) => (
              <li key={h.id}>
                {t("card.historyEntry", { by: h.by ?? t("card.rules"), when: format.dateTime(h.at, { dateStyle: "short", timeStyle: "short" }) })}:{" "}
                {t(`actionNames.${h.action}` as never)}
                {h.from && h.to ? ` (${tStatus(h.from)} → ${tStatus(h.to)})` : ""}
                {h.reason ? ` · ${reasonLabel(h.reason)}` : ""}
                {h.note ? ` · „${h.note}“` : ""}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
