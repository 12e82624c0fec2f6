import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/features/staff/components/status-badge";
import type { StaffListItem } from "@/features/staff/queries";
import { DataTable } from "@/components/ui/data-table";

export async function StaffTable({ staff }: { staff: StaffListItem[] }) {
  const [t, roles, format] = await Promise.all([getTranslations("staff"), getTranslations("admin.roles"), getFormatter()]);
  return (
    <DataTable caption={t("caption")} columns={[t("columns.name"), t("columns.email"), t("columns.roles"), t("columns.status"), t("columns.lastLogin")]}>
      {staff.map((person) => (
        <tr key={person.id} className="border-t border-slate-100">
          <th scope="row" className="px-3 py-2 text-left font-medium">
            <Link href={`/admin/staff/${person.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {person.name}
            </Link>
          </th>
          <td className="px-3 py-2 break-all">{person.email}</td>
          <td className="px-3 py-2">{person.roles.map((r) => roles(r)).join(", ")}</td>
          <td className="px-3 py-2">
            <StatusBadge status={person.status} inviteExpired={person.inviteExpired} />
          </td>
          <td className="px-3 py-2">
            {person.lastLoginAt ? (
              <time dateTime={person.lastLoginAt.toISOString()}>{format.dateTime(person.lastLoginAt, { dateStyle: "medium", timeStyle: "short" })}</time>
            ) : (
              t("never")
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
