import { beforeEach, describe, expect, it } from "vitest";
import { createStaff } from "@/features/staff/actions";
import { acceptInvite } from "@/features/staff/invite-actions";
import { findInvite } from "@/features/staff/invite-queries";
import { auditRows, form, signInAsActiveAdmin } from "@/features/staff/test-helpers";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { signOut } from "@/test/session";

const INVALID = "Dieser Einladungslink ist abgelaufen oder wurde schon benutzt. Bitte bitten Sie die Administration um einen neuen Zugang.";
const PASSWORD = "Der Hafen liegt im Nebel";

/** An admin invites someone; the caller is signed out afterwards, like the invitee's browser. */
async function invite() {
  await signInAsActiveAdmin();
  const result = await createStaff(null, form({ name: "Ida Invite", email: `ida-${Math.random().toString(36).slice(2, 8)}@test.local`, roles: "EDITOR", access: "invite" }));
  if (!result.ok || !result.data?.invitePath) throw new Error("invite failed");
  signOut();
  return { id: result.data.id, token: result.data.invitePath.split("/").pop()! };
}

describe("accepting an invitation", () => {
  beforeEach(() => signOut());

  it("sets the password, clears the token and records it; the link then no longer works", async () => {
    const { id, token } = await invite();
    expect(await findInvite(token)).toMatchObject({ id, name: "Ida Invite" });

    expect(await acceptInvite(token, null, form({ password: PASSWORD, confirm: PASSWORD }))).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await verifyPassword(user.passwordHash, PASSWORD)).toBe(true);
    expect(user).toMatchObject({ inviteTokenHash: null, inviteExpiresAt: null });
    expect((await auditRows("staff.invite_accept", id))[0]).toMatchObject({ actorId: id });

    expect(await findInvite(token)).toBeNull();
    expect(await acceptInvite(token, null, form({ password: "ein ganz anderes Passwort", confirm: "ein ganz anderes Passwort" }))).toEqual({
      ok: false,
      message: INVALID,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBe(user.passwordHash);
  });

  it("refuses an expired token and changes nothing", async () => {
    const { id, token } = await invite();
    await db.user.update({ where: { id }, data: { inviteExpiresAt: new Date(Date.now() - 1000) } });
    const before = await db.user.findUniqueOrThrow({ where: { id } });
    expect(await findInvite(token)).toBeNull();
    expect(await acceptInvite(token, null, form({ password: PASSWORD, confirm: PASSWORD }))).toEqual({ ok: false, message: INVALID });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await auditRows("staff.invite_accept", id)).toEqual([]);
  });

  it("refuses the token of a disabled account, and made-up tokens", async () => {
    const { id, token } = await invite();
    await db.user.update({ where: { id }, data: { disabledAt: new Date() } });
    expect(await acceptInvite(token, null, form({ password: PASSWORD, confirm: PASSWORD }))).toEqual({ ok: false, message: INVALID });
    for (const fake of ["", "abc", "x".repeat(43), "../../admin", token.slice(0, 42) + "!"]) {
      expect(await findInvite(fake)).toBeNull();
      expect(await acceptInvite(fake, null, form({ password: PASSWORD, confirm: PASSWORD }))).toEqual({ ok: false, message: INVALID });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
  });

  it("applies the password policy: length, common passwords, matching repetition; no composition rules", async () => {
    const { id, token } = await invite();
    const errorsFor = async (password: string, confirm = password) => {
      const result = await acceptInvite(token, null, form({ password, confirm }));
      return result.ok ? null : result.fieldErrors;
    };
    expect(await errorsFor("kurz")).toEqual({ password: ["Das Passwort muss mindestens 10 Zeichen lang sein."] });
    expect(await errorsFor("x".repeat(129) + "y")).toEqual({ password: ["Das Passwort darf höchstens 128 Zeichen lang sein."] });
    expect(await errorsFor("Passwort123")).toEqual({ password: ["Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes."] });
    expect(await errorsFor(PASSWORD, PASSWORD + "!")).toEqual({ confirm: ["Die beiden Passwörter stimmen nicht überein."] });
    expect((await db.user.findUniqueOrThrow({ where: { id } })).passwordHash).toBeNull();
    // Lower-case letters and spaces only is fine: length is what counts.
    expect(await acceptInvite(token, null, form({ password: "nur kleine worte", confirm: "nur kleine worte" }))).toMatchObject({ ok: true });
  });
});
