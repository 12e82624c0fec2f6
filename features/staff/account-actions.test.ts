import { beforeEach, describe, expect, it } from "vitest";
import { clearStaffLoginLock, disableStaff, enableStaff, resetStaffPassword } from "@/features/staff/account-actions";
import { updateStaffRoles } from "@/features/staff/actions";
import { getStaffMember, listStaff } from "@/features/staff/queries";
import { auditRows, createTarget, form, giveActiveAdminPassword, makeOnlyActiveAdmin, signInAsActiveAdmin } from "@/features/staff/test-helpers";
import { getStaff } from "@/lib/auth/session";
import { loginBlockedUntil, recordLoginFailure } from "@/lib/auth/throttle";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { signInAs, signOut } from "@/test/session";

const LAST_ADMIN = /mindestens eine aktive Person mit Administrationsrechten/;

const rolesOf = async (userId: number) => (await db.userRole.findMany({ where: { userId }, select: { role: true } })).map((r) => r.role).sort();

describe("the last active admin", () => {
  beforeEach(() => signOut());

  it("can neither demote nor disable themselves", async () => {
    const me = await signInAsActiveAdmin(["EDITOR"]);
    await makeOnlyActiveAdmin(me.id);

    expect(await updateStaffRoles(me.id, null, form({ roles: "EDITOR" }))).toEqual({ ok: false, message: expect.stringMatching(LAST_ADMIN) });
    expect(await disableStaff(me.id)).toEqual({ ok: false, message: expect.stringMatching(LAST_ADMIN) });
    expect(await rolesOf(me.id)).toEqual(["ADMIN", "EDITOR"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: me.id } })).disabledAt).toBeNull();
    expect(await auditRows("staff.roles", me.id)).toEqual([]);
    expect(await getStaff()).not.toBeNull();
  });

  it("cannot be demoted or disabled by an admin who could not sign in themselves", async () => {
    await signInAs(["ADMIN"]); // an admin without a password does not count
    const last = await createTarget(["ADMIN"]);
    await makeOnlyActiveAdmin(last.id);
    expect(await updateStaffRoles(last.id, null, form({ roles: "MODERATOR" }))).toMatchObject({ ok: false, message: expect.stringMatching(LAST_ADMIN) });
    expect(await disableStaff(last.id)).toMatchObject({ ok: false, message: expect.stringMatching(LAST_ADMIN) });
    expect(await rolesOf(last.id)).toEqual(["ADMIN"]);
  });

  it("may be demoted and disabled once a second active admin exists", async () => {
    const me = await signInAsActiveAdmin();
    await makeOnlyActiveAdmin(me.id);
    const second = await createTarget(["EDITOR"]);
    expect(await disableStaff(second.id)).toMatchObject({ ok: true }); // not an admin: no rule applies
    expect(await enableStaff(second.id)).toMatchObject({ ok: true });
    expect(await updateStaffRoles(second.id, null, form({ roles: ["ADMIN", "EDITOR"] }))).toMatchObject({ ok: true });

    expect(await updateStaffRoles(me.id, null, form({ roles: "EDITOR" }))).toMatchObject({ ok: true });
    expect(await rolesOf(me.id)).toEqual(["EDITOR"]);
    // Now `second` is the last active admin; an invited admin without a password does not help.
    const invited = await createTarget(["ADMIN"]);
    await db.user.update({ where: { id: invited.id }, data: { passwordHash: null } });
    const other = await signInAsActiveAdmin();
    expect(await disableStaff(second.id)).toMatchObject({ ok: true });
    expect(await disableStaff(other.id)).toMatchObject({ ok: false, message: expect.stringMatching(LAST_ADMIN) });
  });
});

describe("disabling and enabling", () => {
  beforeEach(() => signOut());

  it("disables the account, ends all its sessions at once and records it", async () => {
    const admin = await signInAsActiveAdmin();
    const target = await signInAs(["EDITOR"]);
    await db.staffSession.create({ data: { id: `second-${target.id}`, userId: target.id, expiresAt: new Date(Date.now() + 3600_000) } });
    expect(await getStaff()).not.toBeNull();

    await signInAs(["ADMIN"], { email: admin.email });
    expect(await disableStaff(target.id)).toEqual({ ok: true, message: "Konto deaktiviert, alle Sitzungen beendet." });
    const sessions = await db.staffSession.findMany({ where: { userId: target.id } });
    expect(sessions).toHaveLength(2);
    for (const s of sessions) expect(s.revokedAt).not.toBeNull();
    expect((await auditRows("staff.disable", target.id))[0]).toMatchObject({ actorId: admin.id });
    expect((await getStaffMember(target.id))?.status).toBe("disabled");

    expect(await enableStaff(target.id)).toMatchObject({ ok: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();
    expect(await auditRows("staff.enable", target.id)).toHaveLength(1);
    // Re-enabling does not bring old sessions back: the person signs in again.
    expect(await db.staffSession.count({ where: { userId: target.id, revokedAt: null } })).toBe(0);
  });
});

describe("password reset and login lock", () => {
  beforeEach(() => signOut());

  it("sets a new password shown once, voids a pending invite and ends all sessions", async () => {
    await signInAsActiveAdmin();
    const target = await createTarget();
    await db.user.update({ where: { id: target.id }, data: { inviteTokenHash: `pending-${target.id}`, inviteExpiresAt: new Date(Date.now() + 3600_000) } });
    const result = await resetStaffPassword(target.id);
    expect(result).toMatchObject({ ok: true, data: { password: expect.any(String) } });
    if (!result.ok || !result.data) throw new Error("no password");
    const user = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(await verifyPassword(user.passwordHash, result.data.password)).toBe(true);
    expect(user.inviteTokenHash).toBeNull();
    expect(await db.staffSession.count({ where: { userId: target.id, revokedAt: null } })).toBe(0);
    expect(await auditRows("staff.password_reset", target.id)).toHaveLength(1);
  });

  it("clears a login lock so that the account can sign in again", async () => {
    await signInAsActiveAdmin();
    const target = await createTarget();
    for (let i = 0; i < 10; i++) await recordLoginFailure({ email: target.email, ipHash: "ip-hash", device: null }, new Date());
    expect(await loginBlockedUntil({ email: target.email, ipHash: "other-ip", device: null }, new Date())).not.toBeNull();
    expect((await getStaffMember(target.id))?.lock).toMatchObject({ failures: 10, blockedUntil: expect.any(Date) });

    expect(await clearStaffLoginLock(target.id)).toMatchObject({ ok: true });
    expect(await loginBlockedUntil({ email: target.email, ipHash: "other-ip", device: null }, new Date())).toBeNull();
    expect((await getStaffMember(target.id))?.lock).toEqual({ failures: 0, blockedUntil: null });
    expect(await auditRows("staff.unlock", target.id)).toHaveLength(1);
  });
});

describe("staff reads", () => {
  beforeEach(() => signOut());

  it("list and detail never carry password or invite hashes, and derive the status", async () => {
    await signInAsActiveAdmin();
    const active = await createTarget();
    const invited = await createTarget();
    await db.user.update({ where: { id: invited.id }, data: { passwordHash: null, inviteTokenHash: `h-${invited.id}`, inviteExpiresAt: new Date(Date.now() - 1000) } });
    await giveActiveAdminPassword(active.id);

    const list = await listStaff();
    expect(JSON.stringify(list)).not.toMatch(/passwordHash|inviteTokenHash|argon2/);
    expect(list.find((u) => u.id === active.id)).toMatchObject({ status: "active", roles: ["EDITOR"] });
    expect(list.find((u) => u.id === invited.id)).toMatchObject({ status: "invited", inviteExpired: true });
    const member = await getStaffMember(invited.id);
    expect(JSON.stringify(member)).not.toMatch(/passwordHash|inviteTokenHash|h-\d/);
    expect(await getStaffMember(999_999)).toBeNull();
  });
});
