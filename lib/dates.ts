/**
 * Calendar days and ISO weeks as the newsroom in Stuttgart sees them (Europe/Berlin), as strings:
 * "2026-11-27" and "2026-W48". Bookings and surf tips are stored in these forms.
 */
import { addDays, getISOWeek, getISOWeekYear, parseISO, setISOWeek, startOfISOWeek, setISOWeekYear, format } from "date-fns";

export const TIME_ZONE = "Europe/Berlin";
const dayFormat = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The Berlin calendar day of an instant. */
export function dayOf(date: Date): string {
  return dayFormat.format(date);
}

/** Noon UTC of a day string: safe to do calendar arithmetic on without DST surprises. */
function noon(day: string): Date {
  return parseISO(`${day}T12:00:00Z`);
}

export function addDaysToDay(day: string, days: number): string {
  return format(addDays(noon(day), days), "yyyy-MM-dd");
}

export function isoWeekOfDay(day: string): string {
  const d = noon(day);
  return `${getISOWeekYear(d)}-W${String(getISOWeek(d)).padStart(2, "0")}`;
}

export function isoWeekOf(date: Date): string {
  return isoWeekOfDay(dayOf(date));
}

/** Monday of an ISO week ("2026-W48" -> "2026-11-23"). */
export function mondayOfIsoWeek(week: string): string {
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) throw new Error(`not an ISO week: ${week}`);
  const d = startOfISOWeek(setISOWeek(setISOWeekYear(noon(`${m[1]}-06-15`), Number(m[1])), Number(m[2])));
  return format(d, "yyyy-MM-dd");
}

/** The instant at which a Berlin calendar day starts. */
export function startOfBerlinDay(day: string): Date {
  const guess = new Date(`${day}T00:00:00Z`);
  // Berlin is UTC+1 or UTC+2: find the offset that maps back to midnight of the same day.
  for (const hours of [1, 2]) {
    const candidate = new Date(guess.getTime() - hours * 3600_000);
    if (dayOf(candidate) === day && dayOf(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  return guess;
}
