/**
 * What a moderator needs to decide one comment: the article, the parent of a reply, why the rules held
 * it (the word marked inside the text), open reports, the commenter's record and the comment's own
 * decision history. Reader text is rendered as React text only, never as HTML.
 */
import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import type { DeskCard } from "@/features/comments/desk-queries";
import { highlightWords } from "@/features/comments/highlight";
import { rowDateTime, rowMessage } from "@/lib/row-message";

const HELD_CODES = ["SUSPECT_WORD", "BANNED_WORD", "LINK_LIMIT", "PREMODERATED_ARTICLE", "PREMODERATED_SITE", "NEW_COMMENTER", "OTHER"];

/**
 * The texts and formats all cards of a page share, prepared once per page: a dozen translations per
 * card through t() were a fifth of a 50-card page's render (lib/row-message.ts).
 */
export async function deskCardTexts() {
  const [t, comments, locale, timeZone] = await Promise.all([getTranslations("comments.desk"), getTranslations("comments"), getLocale(), getTimeZone()]);
  const message = (key: string) => rowMessage(t.raw(key as never) as string, locale);
  const reasons = comments.raw("reasons") as Record<string, string>;
  return {
    onArticle: t("card.onArticle"),
    held: t("card.held"),
    history: t("card.history"),
    rules: t("card.rules"),
    status: message("card.status"),
    replyTo: message("card.replyTo"),
    reports: message("card.reports"),
    commenter: message("card.commenter"),
    historyEntry: message("card.historyEntry"),
    statusName: comments.raw("status") as Record<string, string>,
    heldName: (code: string) => t(`held.${HELD_CODES.includes(code) ? code : "OTHER"}` as never) as string,
    reasonName: (code: string) => reasons[code] ?? code,
    actionName: t.raw("actionNames" as never) as Record<string, string>,
    when: rowDateTime(locale, timeZone),
    whenShort: rowDateTime(locale, timeZone, "short"),
    number: new Intl.NumberFormat(locale),
  };
}

export type DeskCardTexts = Awaited<ReturnType<typeof deskCardTexts>>;

/**
 * One card's body. Its links are plain anchors: a client-side Link per card (two per card, 100 on a
 * page) cost server render time and had the browser prefetch every visible card's article queue.
 */
export function DeskCardBody({ card, texts: x }: { card: DeskCard; texts: DeskCardTexts }) {
  const when = (d: Date) => <time dateTime={d.toISOString()}>{x.when.format(d)}</time>;
  const words = card.heldReasons.filter((r) => (r.code === "SUSPECT_WORD" || r.code === "BANNED_WORD") && r.detail).map((r) => r.detail!);
  return (
    <div className="min-w-0 flex-1 space-y-2">
      <p className="text-xs text-slate-600">
        <span className="font-semibold text-slate-900">{card.authorName}</span> · {when(card.createdAt)} · {x.onArticle}{" "}
        <a href={`/admin/comments/pending?article=${card.article.id}`} className="text-brand-700 underline">
          {card.article.title}
        </a>{" "}
        · {x.status({ status: x.statusName[card.status] })}
      </p>
      {card.parent ? (
        <blockquote className="border-l-4 border-slate-200 pl-3 text-sm text-slate-600">
          <span className="font-medium">{x.replyTo({ name: card.parent.authorName })}</span>{" "}
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
        <ul className="flex flex-wrap gap-2 text-xs" aria-label={x.held}>
          {card.heldReasons.map((r, i) => (
            <li key={`h${i}`} className="rounded-full bg-amber-100 px-2 py-0.5 text-amber-900">
              {x.heldName(r.code)}
              {r.detail ? `: ${r.detail}` : ""}
            </li>
          ))}
          {card.reports.length > 0 ? (
            <li className="rounded-full bg-red-100 px-2 py-0.5 text-red-900">
              {x.reports({ count: card.reports.reduce((n, r) => n + r.count, 0) })}: {card.reports.map((r) => `${x.reasonName(r.reason)} (${r.count})`).join(", ")}
            </li>
          ) : null}
        </ul>
      ) : null}
      <p className="text-xs text-slate-600">
        <a href={`/admin/comments/commenter?email=${encodeURIComponent(card.authorEmail)}`} className="text-brand-700 underline">
          {card.authorEmail || card.authorName}
        </a>{" "}
        · {x.commenter({ approved: x.number.format(card.commenter.approved), rejected: x.number.format(card.commenter.rejected) })}
      </p>
      {card.history.length > 0 ? (
        <details className="text-xs text-slate-700">
          <summary className="cursor-pointer">{x.history} ({card.history.length})</summary>
          <ol className="mt-1 space-y-0.5">
            {card.history.map((h) => (
              <li key={h.id}>
                {x.historyEntry({ by: h.by ?? x.rules, when: x.whenShort.format(h.at) })}:{" "}
                {x.actionName[h.action] ?? h.action}
                {h.from && h.to ? ` (${x.statusName[h.from]} → ${x.statusName[h.to]})` : ""}
                {h.reason ? ` · ${x.reasonName(h.reason)}` : ""}
                {h.note ? ` · „${h.note}“` : ""}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </div>
  );
}
