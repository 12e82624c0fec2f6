import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { DraftEditor } from "@/features/newsletter/components/draft-editor";
import { IssuePreview } from "@/features/newsletter/components/issue-preview";
import { IssueProgress } from "@/features/newsletter/components/issue-progress";
import { candidateArticles, confirmedNewsletterSubscribers, getIssue, previewIssue } from "@/features/newsletter/queries";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";

type Props = { params: Promise<{ id: string }> };

/** A draft: edit, preview, send. A sent issue: its delivery progress and what went out. */
export default async function IssuePage({ params }: Props) {
  const { id: raw } = await params;
  await requirePage("newsletter.manage", `/admin/newsletter/${encodeURIComponent(raw)}`);
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
  const issue = id ? await getIssue(id) : null;
  if (!issue) notFound();
  const at = await now();
  const [t, format, preview] = await Promise.all([getTranslations("newsletter"), getFormatter(), previewIssue(issue, at)]);
  const title = `${issue.subject} · ${t(`statuses.${issue.status}`)}`;
  if (issue.status !== "DRAFT") {
    return (
      <>
        <PageHeader title={title} />
        <div className="grid gap-8 xl:grid-cols-2">
          <IssueProgress progress={issue.progress} startedAt={issue.sendStartedAt} done={issue.status === "SENT"} />
          <IssuePreview preview={preview} />
        </div>
      </>
    );
  }
  const [candidates, recipients] = await Promise.all([candidateArticles(at, issue.articleIds), confirmedNewsletterSubscribers()]);
  return (
    <>
      <PageHeader title={title} />
      <DraftEditor
        issue={{ id: issue.id, version: issue.version, subject: issue.subject, intro: issue.intro, articleIds: issue.articleIds }}
        candidates={candidates.map((a) => ({ id: a.id, title: a.title, section: a.section, published: a.publishAt ? format.dateTime(a.publishAt, { dateStyle: "medium" }) : "" }))}
        recipients={recipients}
        preview={<IssuePreview preview={preview} />}
        sendTitle={t("send.title")}
      />
    </>
  );
}
