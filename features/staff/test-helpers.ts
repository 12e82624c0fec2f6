/** Helpers for the staff integration tests (real database, real sessions through test/session.ts). */
import { db } from "@/lib/db";
import type { Role } from "@/lib/permissions";
import { signInAs } from "@/test/session";

/** FormData as a browser posts it: a checkbox group repeats its name once per checked box. */
export function form(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

/** A user who counts as an active admin needs a password; its value does not matter here. */
export async function giveActiveAdminPassword(userId: number) {
  await db.user.update({ where: { id: userId }, data: { passwordHash: "$argon2id$test-only" } });
}

/** Signs in as an admin who can sign in for real (enabled, ADMIN, password set). */
export async function signInAsActiveAdmin(extraRoles: Role[] = []) {
  const user = await signInAs(["ADMIN", ...extraRoles]);
  await giveActiveAdminPassword(user.id);
  return user;
}

/** Makes `userId` the only active admin of the shared test database, as on a fresh install. */
export async function makeOnlyActiveAdmin(userId: number) {
  await db.user.updateMany({
    where: { id: { not: userId }, disabledAt: null, passwordHash: { not: null }, roles: { some: { role: "ADMIN" } } },
    data: { disabledAt: new Date() },
  });
}

/** A staff member to act on, with a password and a live session. */
export async function createTarget(roles: Role[] = ["EDITOR"]) {
  const email = `target-${Math.random().toString(36).slice(2, 10)}@test.local`;
  const user = await db.user.create({
    data: { email, name: `Ziel ${email.slice(7, 11)}`, passwordHash: "$argon2id$test-only", roles: { create: roles.map((role) => ({ role })) } },
  });
  await db.staffSession.create({ data: { id: `s-${email}`, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  return user;
}

/** Everything a staff action could change, to prove that a refused call changed nothing. */
export async function staffSnapshot() {
  const [users, roles, sessions, audit, limits] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.userRole.findMany({ orderBy: [{ userId: "asc" }, { role: "asc" }] }),
    db.staffSession.findMany({ orderBy: { id: "asc" } }),
    db.auditLog.count(),
    db.rateLimit.findMany({ orderBy: { key: "asc" } }),
  ]);
  return { users, roles, sessions, audit, limits };
}

export async function auditRows(action: string, targetId: number) {
  return db.auditLog.findMany({ where: { action, targetType: "user", targetId: String(targetId) }, orderBy: { id: "asc" } });
}
