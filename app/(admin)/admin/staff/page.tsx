import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StaffTable } from "@/features/staff/components/staff-table";
import { listStaff } from "@/features/staff/queries";
import { requirePage } from "@/lib/auth/session";

export default async function StaffPage() {
  await requirePage("staff.manage", "/admin/staff");
  const [t, staff] = await Promise.all([getTranslations("staff"), listStaff()]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <Link href="/admin/staff/new" className={buttonClass("primary")}>
            {t("newPerson")}
          </Link>
        }
      />
      {staff.length === 0 ? <EmptyState title={t("empty")} /> : <StaffTable staff={staff} />}
    </>
  );
}
