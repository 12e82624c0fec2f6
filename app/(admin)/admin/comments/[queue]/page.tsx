import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DeskCardBody, deskCardTexts } from "@/features/comments/components/desk-card";
import { DeskFilterForm } from "@/features/comments/components/desk-filters";
import { DeskQueue } from "@/features/comments/components/desk-queue";
import { DeskTabs } from "@/features/comments/components/desk-tabs";
import { deskHref, isQueueSlug, parseDeskParams } from "@/features/comments/desk-params";
import { countMatching, countQueues, listDeskFilterOptions, listQueue } from "@/features/comments/desk-queries";
import { requirePage } from "@/lib/auth/session";

type Props = { params: Promise<{ queue: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QueuePage({ params, searchParams }: Props) {
  const { queue } = await params;
  if (!isQueueSlug(queue)) notFound();
  await requirePage("comments.moderate", `/admin/comments/${queue}`);
  const filters = parseDeskParams(queue, await searchParams);
  const [t, texts, { cards, next }, counts, options] = await Promise.all([
    getTranslations("comments.desk"),
    deskCardTexts(),
    listQueue(filters),
    countQueues(filters.article),
    listDeskFilterOptions(filters.article),
  ]);
  // "Select all N matching" only needs a count when there is more than this page.
  const matching = next ? await countMatching(filters) : { value: cards.length, more: false };
  const { cursor, ...withQueue } = filters;
  const rest = { ...withQueue, queue: undefined };
  const filter = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)]));
  return (
    <>
      <PageHeader
        title={`${t("title")}: ${t(`queues.${queue}`)}`}
        description={options.article ? t("scopedTo", { title: options.article.title }) : t("description")}
        actions={
          <>
            {filters.article ? (
              <Link href={deskHref(queue, { ...rest, article: undefined })} className={buttonClass("secondary")}>
                {t("unscope")}
              </Link>
            ) : null}
            <Link href="/admin/comments/rules" className={buttonClass("secondary")}>
              {t("rulesLink")}
            </Link>
          </>
        }
      />
      <DeskTabs filters={filters} counts={counts} />
      <DeskFilterForm filters={filters} sections={options.sections} />
      {/* Also when empty: the last decision's message and its undo stay after the queue runs dry. */}
      <DeskQueue
        key={`${queue}:${JSON.stringify(filter)}:${cursor?.id ?? ""}`}
        items={cards.map((c) => ({ id: c.id, expected: c.status, name: c.authorName }))}
        queue={queue}
        filter={filter}
        matching={matching}
        empty={<EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>}
      >
        {cards.map((c) => (
          <DeskCardBody key={c.id} card={c} texts={texts} />
        ))}
      </DeskQueue>
      {cursor || next ? (
        <nav aria-label={t("pagination.label")} className="mt-4 flex justify-between">
          {cursor ? (
            <Link href={deskHref(queue, rest)} className={buttonClass("secondary")}>
              {t("pagination.first")}
            </Link>
          ) : (
            <span />
          )}
          {next ? (
            <Link href={deskHref(queue, { ...rest, cursor: next })} rel="next" className={buttonClass("secondary")}>
              {t("pagination.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
