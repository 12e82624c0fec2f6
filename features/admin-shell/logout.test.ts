import { describe, expect, it, vi } from "vitest";
import { logout } from "@/features/admin-shell/logout";
import { getStaff } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { currentSessionId, signInAs } from "@/test/session";

const jar = vi.hoisted(() => ({ set: [] as { name: string; value: string; maxAge?: number; secure?: boolean }[] }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(),
  cookies: async () => ({
    get: () => undefined,
    getAll: () => [{ name: "next-auth.session-token", value: "jwt" }, { name: "nd-locale", value: "en" }],
    set: (name: string, value: string, options: { maxAge?: number; secure?: boolean }) => jar.set.push({ name, value, ...options }),
  }),
}));

const redirectOf = async (run: () => Promise<unknown>) => {
  try {
    await run();
    return "no redirect";
  } catch (error) {
    return String((error as { digest?: unknown }).digest ?? error).split(";")[2];
  }
};

describe("logout", () => {
  it("revokes the session on the server, audits it, clears only the session cookie and goes to the login page", async () => {
    const user = await signInAs(["MODERATOR"]);
    const sid = currentSessionId()!;
    expect(await redirectOf(logout)).toBe("/login");
    expect((await db.staffSession.findUniqueOrThrow({ where: { id: sid } })).revokedAt).not.toBeNull();
    expect(await getStaff()).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "auth.logout", actorId: user.id } })).toMatchObject({ targetId: String(user.id) });
    expect(jar.set).toEqual([expect.objectContaining({ name: "next-auth.session-token", value: "", maxAge: 0, secure: false })]);
    // A second sign-out (a double click, a second tab) only redirects: nothing more to revoke or audit.
    expect(await redirectOf(logout)).toBe("/login");
    expect(await db.auditLog.count({ where: { action: "auth.logout", actorId: user.id } })).toBe(1);
  });
});
