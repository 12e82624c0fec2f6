import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { QUEUES, getModerationOverview } from "@/features/comments/queries";
import { requirePage } from "@/lib/auth/session";

export default async function CommentsPage() {
  await requirePage("comments.moderate", "/admin/comments");
  const [t, format, o] = await Promise.all([getTranslations("admin.comments"), getFormatter(), getModerationOverview()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="mb-6 grid gap-4 sm:grid-cols-3 xl:grid-cols-6">
        {QUEUES.map((q) => (
          <StatCard key={q} label={t(`queue.${q}`)} value={format.number(o.counts[q])} />
        ))}
        <StatCard label={t("queue.REPORTED")} value={format.number(o.reported)} />
      </div>
      <h2 className="mb-3 text-lg font-semibold">{t("latestPending")}</h2>
      {o.latestPending.length === 0 ? (
        <EmptyState title={t("emptyQueue")} />
      ) : (
        <ul className="space-y-3">
          {o.latestPending.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-xs text-slate-500">
                {c.authorName} · {format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {c.article.title}
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
