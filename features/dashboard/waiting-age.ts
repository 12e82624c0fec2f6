/** How long the oldest pending comment has waited, in the unit a moderator reads at a glance. */
export type WaitingAge = { unit: "minutes" | "hours" | "days"; count: number };

/** Under an hour in minutes (at least 1), under two days in hours, then in days; always rounded down. */
export function waitingAge(since: Date, now: Date): WaitingAge {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return { unit: "minutes", count: Math.max(1, minutes) };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: "hours", count: hours };
  return { unit: "days", count: Math.floor(hours / 24) };
}
