import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, csvDisposition, csvFilename, csvRow, neutralizeCell } from "@/lib/csv";
import { parseCsv } from "@/lib/csv.test-helper";

describe("csv cells", () => {
  it("neutralizes every formula start with a leading apostrophe", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]) {
      expect(neutralizeCell(`${start}SUM(A1:A9)`)).toBe(`'${start}SUM(A1:A9)`);
    }
    expect(neutralizeCell('=HYPERLINK("http://evil.example","klick")')).toBe(`'=HYPERLINK("http://evil.example","klick")`);
    expect(neutralizeCell("Summe = 3")).toBe("Summe = 3");
    expect(neutralizeCell("'schon zitiert")).toBe("'schon zitiert");
  });

  it("writes numbers, dates and empty values plainly; a negative number is neutralized like text", () => {
    expect(neutralizeCell(42)).toBe("42");
    expect(neutralizeCell(-3)).toBe("'-3");
    expect(neutralizeCell(new Date("2026-11-27T13:02:00Z"))).toBe("2026-11-27T13:02:00.000Z");
    expect(neutralizeCell(null)).toBe("");
    expect(neutralizeCell(undefined)).toBe("");
  });

  it("quotes delimiters, quotes, line breaks and edge spaces, doubling inner quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('Er sagte "nein"')).toBe('"Er sagte ""nein"""');
    expect(csvCell("Zeile 1\nZeile 2")).toBe('"Zeile 1\nZeile 2"');
    expect(csvCell(" vorne")).toBe('" vorne"');
    expect(csvCell("a;b")).toBe("a;b");
    expect(csvCell("a;b", ";")).toBe('"a;b"');
    expect(csvCell("Grüße aus Möhringen – ß")).toBe("Grüße aus Möhringen – ß");
  });

  it("a quoted formula is still neutralized (the apostrophe sits inside the quotes)", () => {
    expect(csvCell('=1+1,"x"')).toBe(`"'=1+1,""x"""`);
    expect(csvCell("\r=cmd")).toBe(`"'\r=cmd"`);
  });

  it("rows end in CRLF and read back to the neutralized cells; no cell starts with a formula character", () => {
    const hostile = ["=SUM(1,2)", "+49 711", "-", "@import", "\t=x", "a\r\nb", '"', "", "ok"];
    const text = csvRow(hostile) + csvRow(["x", 1, null]);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toEqual([hostile.map((v) => neutralizeCell(v)), ["x", "1", ""]]);
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("names files safely", () => {
    expect(CSV_BOM).toBe("\uFEFF");
    expect(csvFilename("moderation", "2026-11-27")).toBe("moderation-2026-11-27.csv");
    expect(csvFilename('mod"eration\r\n', "2026-11-27")).toBe("moderation-2026-11-27.csv");
    expect(csvDisposition("moderation-2026-11-27.csv")).toBe('attachment; filename="moderation-2026-11-27.csv"');
  });
});
