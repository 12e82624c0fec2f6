/** Stands in for the browser's session cookie in integration tests: creates a real staff user and session row. */
import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/permissions";

let sid: string | null = null;

export function currentSessionId() {
  return sid;
}

export function signOut() {
  sid = null;
}

/** Creates (or reuses) a staff member with these roles and makes the following calls run as them. */
export async function signInAs(roles: Role[], opts: { email?: string; name?: string } = {}) {
  const { db } = await import("@/lib/db");
  const email = opts.email ?? `${roles.join("-").toLowerCase() || "none"}-${randomBytes(3).toString("hex")}@test.local`;
  const user = await db.user.upsert({
    where: { email },
    create: { email, name: opts.name ?? email.split("@")[0], passwordHash: null, roles: { create: roles.map((role) => ({ role })) } },
    update: {},
  });
  sid = randomBytes(16).toString("hex");
  await db.staffSession.create({ data: { id: sid, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
  return user;
}
