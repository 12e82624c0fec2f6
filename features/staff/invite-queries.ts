/**
 * The public side of an invitation: the invite page has no session, so the token itself is the
 * credential. It is looked up by its sha256 hash and only while it is valid.
 */
import "server-only";
import { inviteTokenSchema } from "@/features/staff/schemas";
import { hashInviteToken } from "@/features/staff/secrets";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";

/** The invitee's name and e-mail for a valid, unexpired token of an enabled account; otherwise null. */
export async function findInvite(token: string) {
  if (!inviteTokenSchema.safeParse(token).success) return null;
  return db.user.findFirst({
    where: { inviteTokenHash: hashInviteToken(token), inviteExpiresAt: { gt: await now() }, disabledAt: null },
    select: { id: true, name: true, email: true },
  });
}
