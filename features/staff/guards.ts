/**
 * Rules that must hold across all staff accounts, checked inside the transaction that would break
 * them. Serializable isolation makes two admins demoting each other at the same moment conflict
 * instead of both succeeding (on SQLite writers are serialized anyway).
 */
import "server-only";
import { ActionError } from "@/lib/action";
import type { Tx } from "@/lib/db";

/** An admin who can still sign in: enabled, with the ADMIN role and a password. */
const activeAdmin = { disabledAt: null, passwordHash: { not: null }, roles: { some: { role: "ADMIN" as const } } };

/**
 * Refuses a change that would take `userId` out of the active admins when nobody else is one: without
 * an active admin nobody could manage staff any more.
 */
export async function assertAnotherAdminRemains(tx: Tx, userId: number, message: string) {
  const isActiveAdmin = (await tx.user.count({ where: { id: userId, ...activeAdmin } })) > 0;
  if (!isActiveAdmin) return;
  const others = await tx.user.count({ where: { id: { not: userId }, ...activeAdmin } });
  if (others === 0) throw new ActionError(message);
}


