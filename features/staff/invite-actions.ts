"use server";
/**
 * Accepting an invitation: the one staff action without a session, because the invitee has no
 * password yet. The random token stands in for the session; it is checked again inside the write
 * (hash, expiry, enabled account) and cleared with it, so a link works exactly once.
 */
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { fieldsOf, staffTranslator, userTarget, type ActionInput } from "@/features/staff/action-helpers";
import { findInvite } from "@/features/staff/invite-queries";
import { newPasswordSchema } from "@/features/staff/schemas";
import { hashInviteToken } from "@/features/staff/secrets";
import type { ActionResult } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";

export async function acceptInvite(token: string, _prev: unknown, input: ActionInput): Promise<ActionResult> {
  const [t, common] = await Promise.all([staffTranslator(), getTranslations("common.errors")]);
  const invalid: ActionResult = { ok: false, message: t("invite.invalidText") };
  try {
    // Checked before the (deliberately slow) password hash, so junk tokens cost nothing.
    const invite = await findInvite(String(token));
    if (!invite) return invalid;
    const parsed = newPasswordSchema(t).safeParse(fieldsOf(input));
    if (!parsed.success) {
      return { ok: false, message: common("invalid"), fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
    }
    const passwordHash = await hashPassword(parsed.data.password);
    const at = await now();
    const accepted = await db.$transaction(async (tx) => {
      // Conditional on the token still being there and valid: of two simultaneous submissions one wins.
      const { count } = await tx.user.updateMany({
        where: { id: invite.id, inviteTokenHash: hashInviteToken(String(token)), inviteExpiresAt: { gt: at }, disabledAt: null },
        data: { passwordHash, inviteTokenHash: null, inviteExpiresAt: null },
      });
      if (count !== 1) return false;
      await audit(tx, { actorId: invite.id, action: "staff.invite_accept", ...userTarget(invite.id), summary: t("audit.inviteAccept", { name: invite.name }) });
      return true;
    });
    return accepted ? { ok: true, message: t("invite.done") } : invalid;
  } catch (error) {
    console.error("invite acceptance failed", error);
    return { ok: false, message: common("unexpected") };
  }
}
