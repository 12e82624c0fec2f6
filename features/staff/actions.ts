"use server";
/**
 * Staff management actions (ADMIN only, "staff.manage"). Each runs through staffAction, changes the
 * database in one transaction together with its audit row, and hands one-time secrets (initial or
 * reset password, invite link) back in its result only: the database keeps nothing but their hashes.
 * Signatures fit `useActionState` ((prevState, formData), ids bound first); plain objects work too.
 */
import { getTranslations } from "next-intl/server";
import {
  type ActionInput,
  fieldsOf,
  findStaffOrFail,
  revalidateStaff,
  staffTranslator,
  userTarget,
} from "@/features/staff/action-helpers";
import { assertAnotherAdminRemains } from "@/features/staff/guards";
import { serializable } from "@/lib/db";
import { createStaffSchema, updateRolesSchema } from "@/features/staff/schemas";
import { INVITE_TTL_MS, generatePassword, hashInviteToken, invitePath, newInviteToken } from "@/features/staff/secrets";
import { ActionError, staffAction, type ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { db, isUniqueViolation } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { ROLES } from "@/lib/permissions";

export type CreatedStaff = { id: number; name: string; password?: string; invitePath?: string; inviteExpiresAt?: Date };

export async function createStaff(_prev: unknown, input: ActionInput): Promise<ActionResult<CreatedStaff>> {
  const [t, common] = await Promise.all([staffTranslator(), getTranslations("common.errors")]);
  return staffAction("staff.manage", createStaffSchema(t), async ({ name, email, roles, access }, actor) => {
    const at = await now();
    const password = access === "password" ? generatePassword() : undefined;
    const token = access === "invite" ? newInviteToken() : undefined;
    const inviteExpiresAt = token ? new Date(at.getTime() + INVITE_TTL_MS) : undefined;
    const passwordHash = password ? await hashPassword(password) : null; // slow: outside the transaction
    const emailTaken = () => new ActionError(common("invalid"), { email: [t("errors.emailTaken")] });

    const user = await db
      .$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw emailTaken();
        const created = await tx.user.create({
          data: {
            name,
            email,
            passwordHash,
            inviteTokenHash: token ? hashInviteToken(token) : null,
            inviteExpiresAt: inviteExpiresAt ?? null,
            roles: { create: roles.map((role) => ({ role })) },
          },
          select: { id: true },
        });
        await audit(tx, {
          actorId: actor.id,
          action: "staff.create",
          targetType: "user",
          targetId: created.id,
          summary: t("audit.create", { name, email, roles: roles.join(", ") }),
          data: { roles, access },
        });
        return created;
      })
      // Two admins creating the same address at once: the unique index decides, with the same message.
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? emailTaken() : error;
      });

    revalidateStaff();
    return {
      ok: true,
      message: t("create.done", { name }),
      data: { id: user.id, name, password, invitePath: token ? invitePath(token) : undefined, inviteExpiresAt },
    };
  })(fieldsOf(input));
}

export async function updateStaffRoles(id: number, _prev: unknown, input: ActionInput): Promise<ActionResult> {
  const t = await staffTranslator();
  return staffAction("staff.manage", updateRolesSchema(t), async ({ id, roles }, actor) => {
    await serializable(async (tx) => {
      const user = await findStaffOrFail(tx, id, t);
      const current = (await tx.userRole.findMany({ where: { userId: id }, select: { role: true } })).map((r) => r.role);
      const was = ROLES.filter((r) => current.includes(r));
      if (was.join() === roles.join()) return;
      if (!roles.includes("ADMIN")) await assertAnotherAdminRemains(tx, id, t("errors.lastAdmin"));
      await tx.userRole.deleteMany({ where: { userId: id, role: { notIn: roles } } });
      const added = roles.filter((r) => !was.includes(r));
      if (added.length > 0) await tx.userRole.createMany({ data: added.map((role) => ({ userId: id, role })) });
      await audit(tx, {
        actorId: actor.id,
        action: "staff.roles",
        ...userTarget(id),
        summary: t("audit.roles", { name: user.name, before: was.join(", ") || "–", after: roles.join(", ") }),
        data: { before: was, after: roles },
      });
    });
    revalidateStaff(id);
    return { ok: true, message: t("detail.rolesSaved") };
  })({ ...fieldsOf(input), id });
}
