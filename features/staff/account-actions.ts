"use server";
/**
 * Access to an existing staff account (ADMIN only, "staff.manage"): disable / re-enable, reset the
 * password, clear a login lock. Disabling and resetting end every session of the account in the same
 * transaction, so a stolen or old browser session stops working at once.
 * The forms bind the id first (`action.bind(null, id)`); the form data itself carries nothing.
 */
import { findStaffOrFail, revalidateStaff, revokeSessions, staffTranslator, userTarget } from "@/features/staff/action-helpers";
import { assertAnotherAdminRemains } from "@/features/staff/guards";
import { serializable } from "@/lib/db";
import { clearLoginFailures } from "@/lib/auth/throttle";
import { staffIdInputSchema } from "@/features/staff/schemas";
import { generatePassword } from "@/features/staff/secrets";
import { staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";

export async function disableStaff(id: number): Promise<ActionResult> {
  const t = await staffTranslator();
  return staffAction("staff.manage", staffIdInputSchema, async ({ id }, actor) => {
    const at = await now();
    await serializable(async (tx) => {
      const user = await findStaffOrFail(tx, id, t);
      if (user.disabledAt) return;
      await assertAnotherAdminRemains(tx, id, t("errors.lastAdmin"));
      await tx.user.update({ where: { id }, data: { disabledAt: at } });
      await revokeSessions(tx, id, at);
      await audit(tx, { actorId: actor.id, action: "staff.disable", ...userTarget(id), summary: t("audit.disable", { name: user.name }) });
    });
    revalidateStaff(id);
    return { ok: true, message: t("detail.disabled") };
  })({ id });
}

export async function enableStaff(id: number): Promise<ActionResult> {
  const t = await staffTranslator();
  return staffAction("staff.manage", staffIdInputSchema, async ({ id }, actor) => {
    await db.$transaction(async (tx) => {
      const user = await findStaffOrFail(tx, id, t);
      if (!user.disabledAt) return;
      await tx.user.update({ where: { id }, data: { disabledAt: null } });
      await audit(tx, { actorId: actor.id, action: "staff.enable", ...userTarget(id), summary: t("audit.enable", { name: user.name }) });
    });
    revalidateStaff(id);
    return { ok: true, message: t("detail.enabled") };
  })({ id });
}

/** A new generated password, shown once; also voids a pending invite and ends all sessions. */
export async function resetStaffPassword(id: number): Promise<ActionResult<{ password: string }>> {
  const t = await staffTranslator();
  return staffAction("staff.manage", staffIdInputSchema, async ({ id }, actor) => {
    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    const at = await now();
    await db.$transaction(async (tx) => {
      const user = await findStaffOrFail(tx, id, t);
      await tx.user.update({ where: { id }, data: { passwordHash, inviteTokenHash: null, inviteExpiresAt: null } });
      await revokeSessions(tx, id, at);
      await audit(tx, { actorId: actor.id, action: "staff.password_reset", ...userTarget(id), summary: t("audit.passwordReset", { name: user.name }) });
    });
    // Resetting one's own password ends one's own session: re-rendering the page now would redirect to
    // the login before the new password could be read.
    if (id !== actor.id) revalidateStaff(id);
    return { ok: true, message: t("detail.passwordReset"), data: { password } };
  })({ id });
}

export async function clearStaffLoginLock(id: number): Promise<ActionResult> {
  const t = await staffTranslator();
  return staffAction("staff.manage", staffIdInputSchema, async ({ id }, actor) => {
    await db.$transaction(async (tx) => {
      const user = await findStaffOrFail(tx, id, t);
      await clearLoginFailures(user.email, tx);
      await audit(tx, { actorId: actor.id, action: "staff.unlock", ...userTarget(id), summary: t("audit.unlock", { name: user.name }) });
    });
    revalidateStaff(id);
    return { ok: true, message: t("detail.lockCleared") };
  })({ id });
}
