/**
 * ISO weeks as the surf-tip planner uses them ("2026-W48", Berlin time, built on lib/dates.ts): strict
 * parsing of a week someone typed or put into the URL, and stepping from one week to another.
 */
import { addDaysToDay, isoWeekOfDay, mondayOfIsoWeek } from "@/lib/dates";

/** How many weeks after the current one the planner shows and the link check covers. */
export const WEEKS_AHEAD = 12;

const WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;

/** "2026-W48" that exists (W53 only in years that have one), in years 2000–2999; anything else false. */
export function isIsoWeek(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const m = WEEK_PATTERN.exec(value);
  if (!m || Number(m[1]) < 2000 || Number(m[2]) < 1 || Number(m[2]) > 53) return false;
  // A 53rd week that the year lacks rolls into the next year's first: it does not round-trip.
  return isoWeekOfDay(mondayOfIsoWeek(value)) === value;
}

/** The week `n` weeks after (negative: before) `week`. */
export function addWeeks(week: string, n: number): string {
  return isoWeekOfDay(addDaysToDay(mondayOfIsoWeek(week), 7 * n));
}

/** `week` and the `count` weeks after it. */
export function weeksFrom(week: string, count: number): string[] {
  return Array.from({ length: count + 1 }, (_, i) => addWeeks(week, i));
}

/** The Monday and Sunday of a week, as days ("2026-11-23", "2026-11-29"). */
export function daysOfWeek(week: string): { monday: string; sunday: string } {
  const monday = mondayOfIsoWeek(week);
  return { monday, sunday: addDaysToDay(monday, 6) };
}
