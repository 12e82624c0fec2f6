import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CreateSectionForm } from "@/features/sections/components/create-section-form";
import { SectionsTable } from "@/features/sections/components/sections-table";
import { listSections } from "@/features/sections/queries";
import { requirePage } from "@/lib/auth/session";

export default async function SectionsPage() {
  await requirePage("sections.manage", "/admin/sections");
  const [t, sections] = await Promise.all([getTranslations("sections"), listSections()]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-8">
        {sections.length === 0 ? <EmptyState title={t("empty")} /> : <SectionsTable sections={sections} />}
        <section aria-labelledby="new-section-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="new-section-title" className="mb-4 text-lg font-semibold text-slate-900">
            {t("create.title")}
          </h2>
          <CreateSectionForm />
        </section>
      </div>
    </>
  );
}
