import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { updateStaffRoles } from "@/features/staff/actions";
import { RolesForm } from "@/features/staff/components/roles-form";
import { StaffAccess } from "@/features/staff/components/staff-access";
import { StatusBadge } from "@/features/staff/components/status-badge";
import { getStaffMember } from "@/features/staff/queries";
import { parseStaffIdParam } from "@/features/staff/schemas";
import { requirePage } from "@/lib/auth/session";

export default async function StaffMemberPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requirePage("staff.manage", `/admin/staff/${encodeURIComponent(raw)}`);
  const id = parseStaffIdParam(raw);
  if (id === null) notFound();
  const [t, format, member] = await Promise.all([getTranslations("staff"), getFormatter(), getStaffMember(id)]);
  if (!member) notFound();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  return (
    <>
      <PageHeader
        title={member.name}
        description={member.email}
        actions={
          <Link href="/admin/staff" className="text-sm text-brand-700 underline">
            {t("backToList")}
          </Link>
        }
      />
      <div className="mb-6 flex flex-wrap items-center gap-4 text-sm text-slate-700">
        <StatusBadge status={member.status} inviteExpired={member.inviteExpired} />
        <span>{t("detail.since", { date: when(member.createdAt) })}</span>
        <span>{t("detail.lastLogin", { date: member.lastLoginAt ? when(member.lastLoginAt) : t("never") })}</span>
        <Link href={`/admin/audit?actorId=${member.id}`} className="text-brand-700 underline">
          {t("detail.auditLink")}
        </Link>
      </div>
      <div className="grid max-w-4xl gap-6 lg:grid-cols-2">
        <section aria-labelledby="roles-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="roles-title" className="mb-4 text-lg font-semibold text-slate-900">
            {t("detail.rolesTitle")}
          </h2>
          <RolesForm action={updateStaffRoles.bind(null, member.id)} roles={member.roles} />
        </section>
        <section aria-labelledby="access-title" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="access-title" className="mb-4 text-lg font-semibold text-slate-900">
            {t("detail.accountTitle")}
          </h2>
          <StaffAccess member={member} />
        </section>
      </div>
    </>
  );
}
