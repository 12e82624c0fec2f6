import { describe, expect, it } from "vitest";
import { addTipSchema, normalizeTipUrl, type Translate } from "@/features/surf-tips/schemas";
import { addWeeks, isIsoWeek, weeksFrom } from "@/features/surf-tips/weeks";

const t: Translate = (key) => key;

describe("surf-tip addresses", () => {
  it("accepts absolute http(s) addresses and stores them normalized", () => {
    expect(normalizeTipUrl("https://www.polizei-bw.de/")).toBe("https://www.polizei-bw.de/");
    expect(normalizeTipUrl("  HTTPS://Www.ADAC.de/reise-freizeit/?a=1#x  ")).toBe("https://www.adac.de/reise-freizeit/?a=1#x");
    expect(normalizeTipUrl("http://example.org")).toBe("http://example.org/");
    expect(normalizeTipUrl("https://münchen.de/")).toBe("https://xn--mnchen-3ya.de/");
  });

  it.each([
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "mailto:redaktion@example.org",
    "ftp://example.org/file",
    "file:///etc/passwd",
    "vbscript:msgbox",
    "/artikel/relativ",
    "relativ/pfad",
    "www.example.org",
    "//evil.example/",
    "/\\evil.example",
    "http:/\\evil.example",
    "https:evil.example",
    "https:/evil.example",
    "https://",
    "https://exa mple.org/",
    "https://example.org/\u0000",
    "https://exam\tple.org/",
    "https://exam\u200bple.org/",
    "https://www.polizei-bw.de@evil.example/",
    "https://user:pass@example.org/",
    "",
  ])("refuses %j", (value) => {
    expect(normalizeTipUrl(value)).toBeNull();
  });

  it("gives field errors for label and address, in the schema's words", () => {
    const schema = addTipSchema(t);
    const week = addWeeks("2026-W48", 1);
    expect(schema.safeParse({ week, label: "  Verbrecher   jagt ", url: "https://www.polizei-bw.de" }).data).toEqual({
      week,
      label: "Verbrecher jagt",
      url: "https://www.polizei-bw.de/",
    });
    const errors = (input: Record<string, unknown>) => {
      const result = schema.safeParse({ week, label: "Gut", url: "https://example.org/", ...input });
      return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
    };
    expect(errors({ url: "javascript:alert(1)" })).toEqual({ url: "errors.urlInvalid" });
    expect(errors({ url: "   " })).toEqual({ url: "errors.urlRequired" });
    expect(errors({ url: `https://example.org/${"a".repeat(2000)}` })).toEqual({ url: "errors.urlTooLong" });
    expect(errors({ label: "   " })).toEqual({ label: "errors.labelRequired" });
    expect(errors({ label: "x".repeat(61) })).toEqual({ label: "errors.labelTooLong" });
    expect(errors({ label: "x".repeat(60) })).toEqual({});
    expect(errors({ label: undefined, url: undefined })).toEqual({ label: "errors.labelRequired", url: "errors.urlRequired" });
    expect(errors({ week: "2025-W53" })).toEqual({ week: "errors.week" });
  });
});

describe("ISO weeks", () => {
  it("accepts weeks that exist, W53 only in years that have one", () => {
    for (const week of ["2026-W01", "2026-W48", "2026-W53", "2020-W53", "2027-W52"]) expect(isIsoWeek(week), week).toBe(true);
  });

  it.each(["2025-W53", "2027-W53", "2026-W00", "2026-W54", "2026-W5", "2026-w48", "2026W48", " 2026-W48", "2026-W48 ", "2026-W48x", "1999-W10", "26-W48", "", null, 202648, ["2026-W48"]])(
    "refuses %j",
    (value) => {
      expect(isIsoWeek(value)).toBe(false);
    },
  );

  it("steps across year boundaries", () => {
    expect(addWeeks("2026-W52", 1)).toBe("2026-W53");
    expect(addWeeks("2026-W53", 1)).toBe("2027-W01");
    expect(addWeeks("2027-W01", -1)).toBe("2026-W53");
    expect(addWeeks("2025-W52", 1)).toBe("2026-W01");
    expect(weeksFrom("2026-W52", 2)).toEqual(["2026-W52", "2026-W53", "2027-W01"]);
  });
});
