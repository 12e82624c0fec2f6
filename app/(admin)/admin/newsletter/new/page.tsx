import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { IssueForm } from "@/features/newsletter/components/issue-form";
import { candidateArticles } from "@/features/newsletter/queries";
import { requirePage } from "@/lib/auth/session";
import { now } from "@/lib/clock";

export default async function NewIssuePage() {
  await requirePage("newsletter.manage", "/admin/newsletter/new");
  const [t, format, candidates] = await Promise.all([getTranslations("newsletter.form"), getFormatter(), now().then((at) => candidateArticles(at))]);
  return (
    <>
      <PageHeader title={t("newTitle")} />
      <IssueForm candidates={candidates.map((a) => ({ id: a.id, title: a.title, section: a.section, published: a.publishAt ? format.dateTime(a.publishAt, { dateStyle: "medium" }) : "" }))} />
    </>
  );
}
