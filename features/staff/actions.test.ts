import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { clearStaffLoginLock, disableStaff, enableStaff, resetStaffPassword } from "@/features/staff/account-actions";
import { createStaff, updateStaffRoles } from "@/features/staff/actions";
import { getStaffMember, listStaff } from "@/features/staff/queries";
import { auditRows, createTarget, form, signInAsActiveAdmin, staffSnapshot } from "@/features/staff/test-helpers";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import type { Role } from "@/lib/permissions";
import { signInAs, signOut } from "@/test/session";

const unique = () => Math.random().toString(36).slice(2, 8);

describe("creating staff", () => {
  beforeEach(() => signOut());

  it("creates a person with a generated initial password, shown once and stored only as an argon2id hash", async () => {
    const admin = await signInAsActiveAdmin();
    const email = `Neue.Person-${unique()}@Example.ORG`;
    const result = await createStaff(null, form({ name: " Nina Neu ", email: `  ${email} `, roles: ["MODERATOR", "EDITOR"], access: "password" }));

    expect(result).toMatchObject({ ok: true, data: { name: "Nina Neu", password: expect.stringMatching(/^([A-Za-z2-9]{5}-){3}[A-Za-z2-9]{5}$/) } });
    if (!result.ok || !result.data?.password) throw new Error("no password");
    expect(result.data.invitePath).toBeUndefined();
    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.id }, include: { roles: true } });
    expect(user.email).toBe(email.toLowerCase());
    expect(user.roles.map((r) => r.role).sort()).toEqual(["EDITOR", "MODERATOR"]);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, result.data.password)).toBe(true);
    expect(user.inviteTokenHash).toBeNull();
    expect(JSON.stringify(result)).not.toContain(user.passwordHash);

    const [row] = await auditRows("staff.create", user.id);
    expect(row).toMatchObject({ actorId: admin.id, summary: expect.stringContaining("Nina Neu") });
    expect(JSON.stringify(row.data)).not.toContain(result.data.password);
  });

  it("creates a person with a 7-day invite link whose token is stored only as a sha256 hash", async () => {
    await signInAsActiveAdmin();
    const before = Date.now();
    const result = await createStaff(null, form({ name: "Ines Eingeladen", email: `ines-${unique()}@test.local`, roles: "AD_MANAGER", access: "invite" }));
    expect(result.ok).toBe(true);
    if (!result.ok || !result.data?.invitePath) throw new Error("no invite");

    const token = result.data.invitePath.replace(/^\/einladung\//, "");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(user.passwordHash).toBeNull();
    expect(user.inviteTokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    const ttl = user.inviteExpiresAt!.getTime() - before;
    expect(ttl).toBeGreaterThan(7 * 86_400_000 - 60_000);
    expect(ttl).toBeLessThan(7 * 86_400_000 + 60_000);
    expect(result.data.password).toBeUndefined();
    expect((await auditRows("staff.create", user.id)).length).toBe(1);
  });

  it("answers a taken e-mail address (in any letter case) with a German field error and creates nothing", async () => {
    await signInAsActiveAdmin();
    const target = await createTarget();
    const count = await db.user.count();
    const result = await createStaff(null, form({ name: "Doppelt", email: target.email.toUpperCase(), roles: "EDITOR", access: "password" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: ["Diese E-Mail-Adresse gehört schon zu einem Konto."] } });
    expect(await db.user.count()).toBe(count);
  });

  it("requires a name, a valid address, at least one role and a way of access", async () => {
    await signInAsActiveAdmin();
    const count = await db.user.count();
    const none = await createStaff(null, form({ name: "Ohne Rolle", email: `ohne-${unique()}@test.local`, access: "password" }));
    expect(none).toMatchObject({ ok: false, fieldErrors: { roles: ["Bitte wählen Sie mindestens eine Rolle."] } });
    const bad = await createStaff(null, form({ name: " ", email: "keine-adresse", roles: "NOT_A_ROLE", access: "magic" }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["access", "email", "name", "roles"]);
    expect(await db.user.count()).toBe(count);
  });
});

describe("who may manage staff", () => {
  beforeEach(() => signOut());

  const callers: (Role[] | null)[] = [["EDITOR"], ["MODERATOR"], ["AD_MANAGER"], ["EDITOR", "MODERATOR", "AD_MANAGER"], null];

  for (const roles of callers) {
    it(`refuses ${roles ? roles.join("+") : "a signed-out caller"} every action and query, changing nothing`, async () => {
      const target = await createTarget(["ADMIN"]);
      await db.rateLimit.create({ data: { key: `login:account:${target.email}`, count: 12, windowStart: new Date(), blockedUntil: new Date(Date.now() + 600_000) } });
      if (roles) await signInAs(roles);
      const expected = roles ? /Berechtigung/ : /Sitzung/;
      const before = await staffSnapshot();

      const results = [
        await createStaff(null, form({ name: "Eindringling", email: `x-${unique()}@test.local`, roles: "ADMIN", access: "password" })),
        await updateStaffRoles(target.id, null, form({ roles: "EDITOR" })),
        await disableStaff(target.id),
        await enableStaff(target.id),
        await resetStaffPassword(target.id),
        await clearStaffLoginLock(target.id),
      ];
      for (const result of results) expect(result).toEqual({ ok: false, message: expect.stringMatching(expected) });
      await expect(listStaff()).rejects.toMatchObject({ kind: roles ? "forbidden" : "unauthenticated" });
      await expect(getStaffMember(target.id)).rejects.toMatchObject({ kind: roles ? "forbidden" : "unauthenticated" });

      expect(await staffSnapshot()).toEqual(before);
    });
  }
});

describe("changing roles", () => {
  beforeEach(() => signOut());

  it("replaces the roles and records before and after", async () => {
    const admin = await signInAsActiveAdmin();
    const target = await createTarget(["EDITOR"]);
    expect(await updateStaffRoles(target.id, null, form({ roles: ["MODERATOR", "AD_MANAGER"] }))).toMatchObject({ ok: true });
    const roles = await db.userRole.findMany({ where: { userId: target.id }, select: { role: true } });
    expect(roles.map((r) => r.role).sort()).toEqual(["AD_MANAGER", "MODERATOR"]);
    const [row] = await auditRows("staff.roles", target.id);
    expect(row).toMatchObject({ actorId: admin.id, data: { before: ["EDITOR"], after: ["MODERATOR", "AD_MANAGER"] } });
  });

  it("refuses an empty role list and an unknown id", async () => {
    await signInAsActiveAdmin();
    const target = await createTarget(["EDITOR"]);
    expect(await updateStaffRoles(target.id, null, form({}))).toMatchObject({ ok: false, fieldErrors: { roles: [expect.any(String)] } });
    expect(await updateStaffRoles(999_999, null, form({ roles: "EDITOR" }))).toEqual({ ok: false, message: "Diese Person gibt es nicht (mehr)." });
    expect(await db.userRole.count({ where: { userId: target.id } })).toBe(1);
  });
});
