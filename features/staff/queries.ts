/**
 * Staff reads for the admin pages. Every function authorizes first and selects only what the pages
 * show: password and invite-token hashes never leave the database (whether a password is set is asked
 * with a `where`, not by reading the hash).
 */
import "server-only";
import { getAccountLoginState } from "@/lib/auth/throttle";
import { authorize } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { isRole } from "@/lib/permissions";

export type StaffStatus = "active" | "disabled" | "invited";

/** Disabled wins; without a password the person can only have been invited; otherwise active. */
function statusOf(user: { disabledAt: Date | null }, hasPassword: boolean): StaffStatus {
  if (user.disabledAt) return "disabled";
  return hasPassword ? "active" : "invited";
}

const staffSelect = {
  id: true,
  name: true,
  email: true,
  disabledAt: true,
  lastLoginAt: true,
  inviteExpiresAt: true,
  roles: { select: { role: true } },
} as const;

export async function listStaff() {
  await authorize("staff.manage");
  const [rows, withoutPassword, at] = await Promise.all([
    db.user.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: staffSelect }),
    db.user.findMany({ where: { passwordHash: null }, select: { id: true } }),
    now(),
  ]);
  const noPassword = new Set(withoutPassword.map((u) => u.id));
  return rows.map(({ roles, inviteExpiresAt, ...user }) => {
    const status = statusOf(user, !noPassword.has(user.id));
    return {
      ...user,
      roles: roles.map((r) => r.role).filter(isRole),
      status,
      inviteExpired: status === "invited" && (!inviteExpiresAt || inviteExpiresAt <= at),
    };
  });
}

export type StaffListItem = Awaited<ReturnType<typeof listStaff>>[number];

/** One staff member with what the edit page shows, including the login lock; null if unknown. */
export async function getStaffMember(id: number) {
  await authorize("staff.manage");
  const user = await db.user.findUnique({ where: { id }, select: { ...staffSelect, createdAt: true } });
  if (!user) return null;
  const [passwordless, lock, at] = await Promise.all([
    db.user.count({ where: { id, passwordHash: null } }),
    getAccountLoginState(user.email, new Date()), // the throttle counts in real time, not on the test clock
    now(),
  ]);
  const { roles, inviteExpiresAt, ...rest } = user;
  const status = statusOf(user, passwordless === 0);
  return {
    ...rest,
    roles: roles.map((r) => r.role).filter(isRole),
    status,
    inviteExpired: status === "invited" && (!inviteExpiresAt || inviteExpiresAt <= at),
    lock,
  };
}

export type StaffMember = NonNullable<Awaited<ReturnType<typeof getStaffMember>>>;
