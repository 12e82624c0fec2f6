import { describe, expect, it } from "vitest";
import { addDaysToDay, berlinLocalToInstant, dayOf, instantToBerlinLocal, isoWeekOf, isoWeekOfDay, mondayOfIsoWeek, startOfBerlinDay } from "@/lib/dates";

describe("calendar days in Berlin", () => {
  it("takes the Berlin day, not the UTC day", () => {
    expect(dayOf(new Date("2026-11-26T23:30:00Z"))).toBe("2026-11-27"); // 00:30 in Berlin (UTC+1)
    expect(dayOf(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02"); // 00:30 in Berlin (UTC+2)
  });

  it("adds days across month, year and DST boundaries", () => {
    expect(addDaysToDay("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDaysToDay("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDaysToDay("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("finds where a Berlin day starts in winter and summer", () => {
    expect(startOfBerlinDay("2026-11-27").toISOString()).toBe("2026-11-26T23:00:00.000Z");
    expect(startOfBerlinDay("2026-07-02").toISOString()).toBe("2026-07-01T22:00:00.000Z");
  });
});

describe("ISO weeks", () => {
  it("names the week of a day, with the ISO week-year at the turn of the year", () => {
    expect(isoWeekOfDay("2026-11-27")).toBe("2026-W48");
    expect(isoWeekOfDay("2027-01-01")).toBe("2026-W53");
    expect(isoWeekOfDay("2025-12-29")).toBe("2026-W01");
    expect(isoWeekOf(new Date("2026-11-29T23:30:00Z"))).toBe("2026-W49"); // Monday 00:30 in Berlin
  });

  it("finds the Monday of a week", () => {
    expect(mondayOfIsoWeek("2026-W48")).toBe("2026-11-23");
    expect(mondayOfIsoWeek("2026-W01")).toBe("2025-12-29");
    expect(() => mondayOfIsoWeek("2026-48")).toThrow();
  });
});

describe("Berlin wall-clock times (datetime-local inputs)", () => {
  it("reads a winter time as UTC+1 and a summer time as UTC+2, whatever the server's zone", () => {
    expect(berlinLocalToInstant("2026-11-27T14:50")?.toISOString()).toBe("2026-11-27T13:50:00.000Z");
    expect(berlinLocalToInstant("2026-07-01T08:00")?.toISOString()).toBe("2026-07-01T06:00:00.000Z");
  });

  it("handles the days the clocks change", () => {
    expect(berlinLocalToInstant("2026-03-29T01:30")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(berlinLocalToInstant("2026-03-29T03:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(berlinLocalToInstant("2026-10-25T04:00")?.toISOString()).toBe("2026-10-25T03:00:00.000Z");
  });

  it("refuses what is not a wall-clock time", () => {
    for (const bad of ["", "2026-02-30T10:00", "2026-11-27 14:50", "2026-11-27T24:00", "morgen", "2026-11-27T14:50Z"]) {
      expect(berlinLocalToInstant(bad)).toBeNull();
    }
  });

  it("formats an instant back for the input", () => {
    expect(instantToBerlinLocal(new Date("2026-11-27T13:50:00Z"))).toBe("2026-11-27T14:50");
    expect(instantToBerlinLocal(new Date("2026-07-01T06:00:00Z"))).toBe("2026-07-01T08:00");
  });
});
