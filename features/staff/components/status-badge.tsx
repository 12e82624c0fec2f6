import { useTranslations } from "next-intl";
import type { StaffStatus } from "@/features/staff/queries";

const styles: Record<StaffStatus, string> = {
  active: "bg-green-100 text-green-900",
  disabled: "bg-slate-200 text-slate-800",
  invited: "bg-amber-100 text-amber-900",
};

export function StatusBadge({ status, inviteExpired }: { status: StaffStatus; inviteExpired?: boolean }) {
  const t = useTranslations("staff.status");
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-medium ${styles[status]}`}>
      {status === "invited" && inviteExpired ? t("inviteExpired") : t(status)}
    </span>
  );
}
