/** Client-safe constants of the desk (moderation.ts is server-only). */
export const REJECT_REASON_CODES = ["OFFENSIVE", "PERSONAL_ATTACK", "SPAM", "ADVERTISING", "OFF_TOPIC", "ILLEGAL", "OTHER"] as const;
export const NOTE_MAX_LENGTH = 500;
export const DESK_DECISIONS = ["approve", "reject", "spam", "delete", "restore"] as const;
export type DeskDecision = (typeof DESK_DECISIONS)[number];
export type DeskItem = { id: number; expected: string; name: string };
/** Which decisions a card in this status offers (the server checks again). */
export function decisionsFor(status: string): DeskDecision[] {
  if (status === "DELETED") return ["restore"];
  const all: DeskDecision[] = ["approve", "reject", "spam", "delete"];
  const same = { APPROVED: "approve", REJECTED: "reject", SPAM: "spam" }[status];
  return all.filter((d) => d !== same);
}
