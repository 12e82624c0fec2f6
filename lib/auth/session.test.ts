import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AuthError, authorize, getStaff } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/options";
import { currentSessionId, signInAs, signOut } from "@/test/session";

describe("server-side session checks", () => {
  beforeEach(() => signOut());

  it("refuses the signed-out caller", async () => {
    await expect(authorize("dashboard.view")).rejects.toMatchObject({ kind: "unauthenticated" });
  });

  it("lets a role through only to its own sections", async () => {
    await signInAs(["MODERATOR"]);
    await expect(authorize("comments.moderate")).resolves.toMatchObject({ roles: ["MODERATOR"] });
    await expect(authorize("articles.manage")).rejects.toBeInstanceOf(AuthError);
    await expect(authorize("staff.manage")).rejects.toMatchObject({ kind: "forbidden" });
  });

  it("ends the sessions of a disabled user and of a revoked session", async () => {
    const user = await signInAs(["EDITOR"]);
    expect(await getStaff()).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getStaff()).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    await db.staffSession.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    expect(await getStaff()).toBeNull();
  });

  it("reads roles fresh from the database, so a demotion applies at once", async () => {
    const user = await signInAs(["ADMIN", "EDITOR"]);
    await db.userRole.delete({ where: { userId_role: { userId: user.id, role: "ADMIN" } } });
    await expect(authorize("staff.manage")).rejects.toMatchObject({ kind: "forbidden" });
    await expect(authorize("articles.manage")).resolves.toBeTruthy();
  });

  it("next-auth's own sign-out (/api/auth/signout) revokes the session row and audits it once, as its user", async () => {
    const user = await signInAs(["EDITOR"]);
    const sid = currentSessionId()!;
    const signOutEvent = authOptions.events!.signOut!;
    await signOutEvent({ token: { sid, uid: user.id }, session: undefined as never });
    expect(await getStaff()).toBeNull();
    await signOutEvent({ token: { sid, uid: user.id }, session: undefined as never });
    const entries = await db.auditLog.findMany({ where: { action: "auth.logout", targetId: String(user.id) } });
    expect(entries).toEqual([expect.objectContaining({ actorId: user.id, targetId: String(user.id) })]);
  });
});
