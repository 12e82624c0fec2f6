import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { CreateStaffForm } from "@/features/staff/components/create-staff-form";
import { requirePage } from "@/lib/auth/session";

export default async function NewStaffPage() {
  await requirePage("staff.manage", "/admin/staff/new");
  const t = await getTranslations("staff");
  return (
    <>
      <PageHeader
        title={t("create.title")}
        description={t("create.description")}
        actions={
          <Link href="/admin/staff" className="text-sm text-brand-700 underline">
            {t("backToList")}
          </Link>
        }
      />
      <CreateStaffForm />
    </>
  );
}
