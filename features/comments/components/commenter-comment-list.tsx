import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { banCommentIp, unbanCommentIp } from "@/features/comments/commenter-actions";
import type { CommenterComment } from "@/features/comments/commenter-queries";

/**
 * The commenter's comments: article, status, date and the text as plain React text (never HTML), each
 * with its IP hash shortened and a button to ban (or lift the ban on) that hash.
 */
export async function CommenterCommentList({ comments }: { comments: CommenterComment[] }) {
  const [t, tStatus, format] = await Promise.all([getTranslations("comments.commenter"), getTranslations("comments.status"), getFormatter()]);
  return (
    <ol className="space-y-3" aria-label={t("list")}>
      {comments.map((c) => (
        <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="commenter-comment">
          <p className="text-xs text-slate-600">
            {t("commentNumber", { id: c.id })} · <time dateTime={c.createdAt.toISOString()}>{format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time> ·{" "}
            {t("onArticle")}{" "}
            <Link href={`/admin/comments/pending?article=${c.article.id}`} className="text-brand-700 underline">
              {c.article.title}
            </Link>{" "}
            · <span className="font-medium text-slate-900">{tStatus(c.status)}</span>
          </p>
          <p className="mt-2 whitespace-pre-line break-words text-slate-900">{c.body}</p>
          {c.ipHashShown ? (
            <div className="mt-3 flex flex-wrap items-start gap-3 text-xs text-slate-600">
              <span className="pt-2">
                <code>{t("ipHash", { hash: c.ipHashShown })}</code>
                {c.ipBanned ? <span className="ml-2 rounded bg-red-100 px-1 text-red-900">{t("ipBanned")}</span> : null}
              </span>
              {c.ipBanned ? (
                <ActionButton action={unbanCommentIp.bind(null, c.id)} label={t("unbanIp")} pendingLabel={t("unbanning")} accessibleLabel={t("unbanIpLabel", { id: c.id })} />
              ) : (
                <ActionButton action={banCommentIp.bind(null, c.id)} label={t("banIp")} pendingLabel={t("banning")} accessibleLabel={t("banIpLabel", { id: c.id })} variant="danger" />
              )}
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
