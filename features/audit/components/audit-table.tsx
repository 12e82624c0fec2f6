import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { AuditEntryRow } from "@/features/audit/queries";
import { DataTable } from "@/components/ui/data-table";

/** The entries as plain text: summaries come from user input (names, e-mails) and are never HTML. */
export async function AuditTable({ entries }: { entries: AuditEntryRow[] }) {
  const [t, format] = await Promise.all([getTranslations("audit"), getFormatter()]);
  return (
    <DataTable caption={t("caption")} columns={[t("columns.when"), t("columns.who"), t("columns.action"), t("columns.target"), t("columns.summary")]}>
      {entries.map((e) => (
        <tr key={e.id} className="border-t border-slate-100 align-top">
          <td className="px-3 py-2 whitespace-nowrap">
            <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
          </td>
          <td className="px-3 py-2">{e.actor?.name ?? t("system")}</td>
          <td className="px-3 py-2"><code className="text-xs">{e.action}</code></td>
          <td className="px-3 py-2 whitespace-nowrap">
            {e.targetType === "user" && e.targetId ? (
              <Link href={`/admin/staff/${encodeURIComponent(e.targetId)}`} className="text-brand-700 underline">
                {e.targetType} {e.targetId}
              </Link>
            ) : (
              [e.targetType, e.targetId].filter(Boolean).join(" ") || "–"
            )}
          </td>
          <td className="px-3 py-2 break-words">{e.summary}</td>
        </tr>
      ))}
    </DataTable>
  );
}
