import { describe, expect, it } from "vitest";
import { rowMessage } from "@/lib/row-message";

describe("rowMessage", () => {
  it("formats placeholders and plurals as next-intl does, in the given locale", () => {
    const reports = rowMessage("{count, plural, one {# Meldung} other {# Meldungen}}", "de");
    expect([reports({ count: 1 }), reports({ count: 1200 })]).toEqual(["1 Meldung", "1.200 Meldungen"]);
    expect(rowMessage("{action}: Kommentar von {name}", "de")({ action: "Freigeben", name: "<b>Eva</b>" })).toBe("Freigeben: Kommentar von <b>Eva</b>");
    expect(rowMessage("{count, plural, one {# report} other {# reports}}", "en")({ count: 1200 })).toBe("1,200 reports");
  });
});
