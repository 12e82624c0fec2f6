import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { QUEUE_SLUGS, deskHref } from "@/features/comments/desk-params";
import { countQueues, listLatestPending } from "@/features/comments/desk-queries";
import { requirePage } from "@/lib/auth/session";

export default async function CommentsPage() {
  await requirePage("comments.moderate", "/admin/comments");
  const [t, tDesk, tExport, format, counts, latestPending] = await Promise.all([
    getTranslations("admin.comments"),
    getTranslations("comments.desk"),
    getTranslations("comments.export"),
    getFormatter(),
    countQueues(),
    listLatestPending(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            {/* A file download, not a page: a plain link, so the router neither prefetches nor intercepts it. */}
            <a href="/admin/comments/actions.csv" download className={buttonClass("secondary")} title={tExport("hint")}>
              {tExport("link")}
            </a>
            <Link href="/admin/comments/rules" className={buttonClass("secondary")}>
              {tDesk("rulesLink")}
            </Link>
          </>
        }
      />
      <nav aria-label={tDesk("queues.label")} className="mb-6 grid gap-4 sm:grid-cols-3 xl:grid-cols-6">
        {QUEUE_SLUGS.map((q) => (
          <StatCard
            key={q}
            href={deskHref(q)}
            label={tDesk(`queues.${q}`)}
            value={counts[q].more ? tDesk("more", { count: format.number(counts[q].value) }) : format.number(counts[q].value)}
          />
        ))}
      </nav>
      <h2 className="mb-3 text-lg font-semibold">{t("latestPending")}</h2>
      {latestPending.length === 0 ? (
        <EmptyState title={t("emptyQueue")} />
      ) : (
        <ul className="space-y-3">
          {latestPending.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <p className="text-xs text-slate-600">
                {c.authorName} ({c.authorEmail}) · {format.dateTime(c.createdAt, { dateStyle: "medium", timeStyle: "short" })} · {c.article.title}
              </p>
              <p className="mt-1 whitespace-pre-line break-words">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href={deskHref("pending")} className={buttonClass("primary")}>
          {tDesk("queues.pending")} →
        </Link>
      </p>
    </>
  );
}
