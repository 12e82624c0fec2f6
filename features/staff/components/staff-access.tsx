import { getFormatter, getTranslations } from "next-intl/server";
import { clearStaffLoginLock, disableStaff, enableStaff, resetStaffPassword } from "@/features/staff/account-actions";
import { AccountActionForm } from "@/features/staff/components/account-action-form";
import type { StaffMember } from "@/features/staff/queries";

/** The access section of a person's page: disable / re-enable, new password, login lock. */
export async function StaffAccess({ member }: { member: StaffMember }) {
  const [t, format] = await Promise.all([getTranslations("staff.detail"), getFormatter()]);
  const { lock } = member;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap gap-6">
        {member.status === "disabled" ? (
          <AccountActionForm action={enableStaff.bind(null, member.id)} label={t("enable")} />
        ) : (
          <AccountActionForm action={disableStaff.bind(null, member.id)} label={t("disable")} hint={t("disableHint")} variant="danger" />
        )}
        <AccountActionForm action={resetStaffPassword.bind(null, member.id)} label={t("resetPassword")} hint={t("resetHint")} />
      </div>
      <section aria-labelledby="lock-title" className="space-y-2">
        <h3 id="lock-title" className="text-sm font-semibold text-slate-900">
          {t("lockTitle")}
        </h3>
        <p className="text-sm text-slate-700">
          {lock.blockedUntil
            ? t("lockedUntil", { count: lock.failures, time: format.dateTime(lock.blockedUntil, { timeStyle: "short" }) })
            : t("failures", { count: lock.failures })}
        </p>
        <AccountActionForm action={clearStaffLoginLock.bind(null, member.id)} label={t("clearLock")} />
      </section>
    </div>
  );
}
