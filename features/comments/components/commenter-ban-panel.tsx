import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/ui/action-button";
import { RulesBanForm } from "@/features/comments/components/rules-ban-form";
import { banCommenter, unbanCommenter } from "@/features/comments/commenter-actions";
import type { CommenterSummary } from "@/features/comments/commenter-queries";

/** Whether the address is banned, and the ban form or the unban button (the address bound on the server). */
export async function CommenterBanPanel({ summary }: { summary: CommenterSummary }) {
  const [t, format] = await Promise.all([getTranslations("comments.commenter"), getFormatter()]);
  const { ban, email } = summary;
  return (
    <section aria-labelledby="commenter-ban-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="commenter-ban">
      <h2 id="commenter-ban-title" className="text-base font-semibold text-slate-900">
        {ban
          ? ban.expiresAt
            ? t("bannedUntil", { date: format.dateTime(new Date(ban.expiresAt.getTime() - 1), { dateStyle: "medium" }) })
            : t("banned")
          : t("notBanned")}
      </h2>
      {ban?.reason ? <p className="break-words text-sm text-slate-700">{t("bannedReason", { reason: ban.reason })}</p> : null}
      {ban ? (
        <ActionButton action={unbanCommenter.bind(null, email)} label={t("unban")} pendingLabel={t("unbanning")} />
      ) : (
        <RulesBanForm kind="EMAIL" action={banCommenter.bind(null, email)} withValue={false} submitLabel={t("ban")} />
      )}
    </section>
  );
}
