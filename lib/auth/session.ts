/**
 * The trusted answer to "who is calling, and may they?". Every admin page, query and server action
 * goes through here: the JWT only names a StaffSession row; that row, the user's active state and
 * the roles are read from the database on every request (once, thanks to React's cache).
 */
import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getSessionId } from "@/lib/auth/session-source";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { can, isRole, type Permission, type Role } from "@/lib/permissions";

export type Staff = { id: number; name: string; email: string; roles: Role[] };

type StaffRow = { expiresAt: Date | string; revokedAt: Date | string | null; id: number | bigint; name: string; email: string; disabledAt: Date | string | null; role: string | null };

/**
 * One statement for session, user and roles (a nested Prisma select costs three, and every dashboard
 * request pays it): one row per role, or one row with a null role for a staff member without roles.
 */
export const getStaff = cache(async (): Promise<Staff | null> => {
  const sid = await getSessionId();
  if (!sid) return null;
  const rows = await db.$queryRaw<StaffRow[]>`
    SELECT s."expiresAt", s."revokedAt", u."id", u."name", u."email", u."disabledAt", r."role"
    FROM "StaffSession" s
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "UserRole" r ON r."userId" = u."id"
    WHERE s."id" = ${sid}
    ORDER BY r."role"`;
  const row = rows[0];
  if (!row || row.revokedAt !== null || new Date(row.expiresAt) <= new Date() || row.disabledAt !== null) return null;
  return {
    id: Number(row.id),
    name: row.name,
    email: row.email,
    roles: rows.map((r) => r.role).filter((r): r is string => r !== null).filter(isRole),
  };
});

/**
 * Sign-out, for both ways in (the dashboard's form, features/admin-shell/logout.ts, and next-auth's
 * /api/auth/signout, lib/auth/options.ts): revokes the session row, so a copy of the cookie opens
 * nothing any more, and audits it in the same transaction, as the row's own user. A session that is
 * already revoked (a double click, a second tab) or unknown changes nothing and writes no entry.
 */
export async function endStaffSession(sid: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const row = await tx.staffSession.findFirst({ where: { id: sid, revokedAt: null }, select: { userId: true } });
    if (!row) return;
    const { count } = await tx.staffSession.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count > 0) await audit(tx, { actorId: row.userId, action: "auth.logout", targetType: "user", targetId: row.userId, summary: "Abmeldung" });
  });
}

export class AuthError extends Error {
  constructor(readonly kind: "unauthenticated" | "forbidden") {
    super(kind);
  }
}

/**
 * A signed-in staff member asked for what their roles do not allow: logged (ASVS: every failed
 * authorization), one JSON line with who and what, never the request's data.
 */
export function logDenied(staff: Staff, permission: Permission) {
  console.warn(JSON.stringify({ event: "authz.denied", userId: staff.id, roles: staff.roles, permission }));
}

/** For queries and actions: the staff member, or an AuthError. */
export async function authorize(permission: Permission): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) throw new AuthError("unauthenticated");
  if (!can(staff, permission)) {
    logDenied(staff, permission);
    throw new AuthError("forbidden");
  }
  return staff;
}

/** For pages: the staff member, or the login page / a 403 page. */
export async function requirePage(permission: Permission, callbackPath = "/admin"): Promise<Staff> {
  const staff = await getStaff();
  if (!staff) redirect(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  if (!can(staff, permission)) {
    logDenied(staff, permission);
    forbidden();
  }
  return staff;
}
