import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { CommenterBanPanel } from "@/features/comments/components/commenter-ban-panel";
import { CommenterCommentList } from "@/features/comments/components/commenter-comment-list";
import { getCommenterSummary, listCommenterComments, parseCommenterParams } from "@/features/comments/commenter-queries";
import { requirePage } from "@/lib/auth/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUSES = ["PENDING", "APPROVED", "REJECTED", "SPAM", "DELETED"] as const;
const href = (email: string, cursor?: string) => `/admin/comments/commenter?${new URLSearchParams(cursor ? { email, cursor } : { email })}`;

export default async function CommenterPage({ searchParams }: Props) {
  const params = parseCommenterParams(await searchParams);
  await requirePage("comments.moderate", params ? href(params.email) : "/admin/comments");
  if (!params) notFound();
  const { email, cursor } = params;
  const [t, tStatus, format, summary, { comments, next }] = await Promise.all([
    getTranslations("comments.commenter"),
    getTranslations("comments.status"),
    getFormatter(),
    getCommenterSummary(email),
    listCommenterComments(email, cursor),
  ]);
  return (
    <>
      <PageHeader
        title={t("title", { email })}
        description={t("description")}
        actions={
          <Link href="/admin/comments" className={buttonClass("secondary")}>
            {t("backToDesk")}
          </Link>
        }
      />
      <div className="space-y-6">
        <section aria-labelledby="commenter-counts-title">
          <h2 id="commenter-counts-title" className="sr-only">
            {t("counts")}
          </h2>
          <div className="grid gap-3 sm:grid-cols-3 xl:grid-cols-6" data-testid="commenter-counts">
            <StatCard label={t("total")} value={format.number(summary.total)} />
            {STATUSES.map((s) => (
              <StatCard key={s} label={tStatus(s)} value={format.number(summary.counts[s])} />
            ))}
          </div>
        </section>
        <CommenterBanPanel summary={summary} />
        <section aria-labelledby="commenter-list-title" className="space-y-3">
          <h2 id="commenter-list-title" className="text-lg font-semibold text-slate-900">
            {t("list")}
          </h2>
          {comments.length === 0 ? <EmptyState title={t("empty")} /> : <CommenterCommentList comments={comments} />}
          {cursor || next ? (
            <nav aria-label={t("pagination.label")} className="flex justify-between">
              {cursor ? (
                <Link href={href(email)} className={buttonClass("secondary")}>
                  {t("pagination.first")}
                </Link>
              ) : (
                <span />
              )}
              {next ? (
                <Link href={href(email, next)} rel="next" className={buttonClass("secondary")}>
                  {t("pagination.next")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      </div>
    </>
  );
}
