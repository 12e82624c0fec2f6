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

const wallClock = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** Berlin's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function berlinOffsetMs(date: Date): number {
  const p = Object.fromEntries(wallClock.formatToParts(date).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/**
 * A wall-clock time typed in the newsroom ("2026-11-27T14:50", the value of an <input type="datetime-local">)
 * as the instant it means in Berlin, whatever the server's own time zone. Null for anything else.
 */
export function berlinLocalToInstant(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(asUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  // The offset at the guessed instant, corrected once for a DST switch between guess and result.
  let instant = asUtc - berlinOffsetMs(new Date(asUtc));
  instant = asUtc - berlinOffsetMs(new Date(instant));
  return new Date(instant);
}

/** An instant as the value of an <input type="datetime-local"> in Berlin time ("2026-11-27T14:50"). */
export function instantToBerlinLocal(date: Date): string {
  const p = Object.fromEntries(wallClock.formatToParts(date).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
