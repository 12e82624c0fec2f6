/**
 * The links in subscription mails. Each is a signed token (lib/signed-token.ts): confirming names the
 * request it answers (a new request makes older links void), unsubscribing and managing name only the
 * subscription or the person, so they keep working for as long as mails reach the reader.
 */
import "server-only";
import { absoluteUrl } from "@/features/site/url";
import { signToken, verifyToken } from "@/lib/signed-token";

const CONFIRM = "subscription-confirm";
const UNSUBSCRIBE = "subscription-unsubscribe";
const MANAGE = "subscriber-manage";

const positiveInt = (s: string | undefined) => (s && /^[1-9]\d{0,9}$/.test(s) ? Number(s) : null);

export function confirmToken(subscriptionId: number, requestedAt: Date) {
  return signToken(CONFIRM, `${subscriptionId}-${requestedAt.getTime().toString(36)}`);
}

export function readConfirmToken(token: string): { id: number; requestedAt: number } | null {
  const [id, at] = verifyToken(CONFIRM, token)?.split("-") ?? [];
  const subscriptionId = positiveInt(id);
  const requestedAt = at && /^[0-9a-z]{1,12}$/.test(at) ? parseInt(at, 36) : NaN;
  return subscriptionId && Number.isSafeInteger(requestedAt) ? { id: subscriptionId, requestedAt } : null;
}

export const unsubscribeToken = (subscriptionId: number) => signToken(UNSUBSCRIBE, String(subscriptionId));
export const readUnsubscribeToken = (token: string) => positiveInt(verifyToken(UNSUBSCRIBE, token) ?? undefined);

export const manageToken = (subscriberId: number) => signToken(MANAGE, String(subscriberId));
export const readManageToken = (token: string) => positiveInt(verifyToken(MANAGE, token) ?? undefined);

export const confirmUrl = (subscriptionId: number, requestedAt: Date) => absoluteUrl(`/abo/bestaetigen/${confirmToken(subscriptionId, requestedAt)}`);
export const unsubscribeUrl = (subscriptionId: number) => absoluteUrl(`/abo/abmelden/${unsubscribeToken(subscriptionId)}`);
/** RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here. */
export const oneClickUnsubscribeUrl = (subscriptionId: number) => absoluteUrl(`/api/abo/abmelden/${unsubscribeToken(subscriptionId)}`);
export const manageUrl = (subscriberId: number) => absoluteUrl(`/abo/verwalten/${manageToken(subscriberId)}`);
