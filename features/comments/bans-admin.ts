/**
 * Writing bans, shared by the rules page (any ban, "moderation.rules") and the commenter view (this
 * commenter's e-mail or a comment's IP hash, "comments.moderate"). Runs inside the caller's transaction
 * and writes the audit row there. An IP hash never goes into an audit row or a message in full: its
 * first characters identify it for people, the ban id for the database.
 */
import "server-only";
import type { BanKindValue } from "@/features/comments/rules-admin-limits";
import { IP_HASH_SHOWN } from "@/features/comments/rules-admin-limits";
import type { Translate } from "@/features/comments/rules-admin-schemas";
import { ActionError } from "@/lib/action";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db";

export type BanInput = { kind: BanKindValue; value: string; reason?: string; expiresAt?: Date };

/** What people see of a ban's value: the address, or the hash's first characters. */
export const shownBanValue = (kind: BanKindValue, value: string) => (kind === "IP_HASH" ? `${value.slice(0, IP_HASH_SHOWN)}…` : value);

const isActive = (ban: { expiresAt: Date | null }, at: Date) => ban.expiresAt === null || ban.expiresAt > at;

/**
 * Bans the value. An active ban of the same value is refused (field `value`); an expired one is
 * replaced, so the list holds one row per value.
 */
export async function writeBan(tx: Tx, input: BanInput, actorId: number, at: Date, t: Translate) {
  const shown = shownBanValue(input.kind, input.value);
  const existing = await tx.ban.findUnique({ where: { kind_value: { kind: input.kind, value: input.value } }, select: { id: true, expiresAt: true } });
  if (existing && isActive(existing, at)) {
    const message = t(input.kind === "EMAIL" ? "bans.errors.emailTaken" : "bans.errors.ipTaken", { value: shown });
    throw new ActionError(message, { value: [message] });
  }
  const data = { reason: input.reason ?? null, expiresAt: input.expiresAt ?? null, createdById: actorId, createdAt: at };
  const ban = existing
    ? await tx.ban.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.ban.create({ data: { kind: input.kind, value: input.value, ...data }, select: { id: true } });
  await audit(tx, {
    actorId,
    action: "comments.ban.add",
    targetType: "ban",
    targetId: ban.id,
    summary: t("audit.banAdd", { kind: t(`bans.kinds.${input.kind}`), value: shown }),
    data: { kind: input.kind, value: shown, reason: input.reason ?? null, expiresAt: input.expiresAt?.toISOString() ?? null, replacedExpired: Boolean(existing) },
  });
  return { id: ban.id, shown };
}

/** Lifts a ban (by id or by value); an unknown one is refused with a clear message. */
export async function deleteBan(tx: Tx, where: { id: number } | { kind: BanKindValue; value: string }, actorId: number, t: Translate) {
  const ban = await tx.ban.findUnique({
    where: "id" in where ? { id: where.id } : { kind_value: { kind: where.kind, value: where.value } },
    select: { id: true, kind: true, value: true, reason: true, expiresAt: true },
  });
  if (!ban) throw new ActionError(t("bans.errors.notFound"));
  await tx.ban.delete({ where: { id: ban.id } });
  const shown = shownBanValue(ban.kind, ban.value);
  await audit(tx, {
    actorId,
    action: "comments.ban.remove",
    targetType: "ban",
    targetId: ban.id,
    summary: t("audit.banRemove", { kind: t(`bans.kinds.${ban.kind}`), value: shown }),
    data: { kind: ban.kind, value: shown, reason: ban.reason, expiresAt: ban.expiresAt?.toISOString() ?? null },
  });
  return { shown, kind: ban.kind };
}
