/**
 * CSV cells and rows for the exports (moderation actions, subscribers): RFC 4180 quoting plus the
 * OWASP defence against CSV injection — a cell a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return, or their full-width forms) gets a leading apostrophe, so Excel
 * and LibreOffice show it as text instead of running it. Pure, so it is the same for every export.
 */

export type CsvValue = string | number | Date | null | undefined;

/** The UTF-8 byte order mark: without it Excel reads a UTF-8 file as Windows-1252 (ä becomes Ã¤). */
export const CSV_BOM = "\uFEFF";
export const CSV_EOL = "\r\n";

// = + - @ tab CR, and the full-width = + - @ that some spreadsheet locales also accept as a formula start.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A value as the text of one cell, neutralized against formulas (numbers and dates are ours, never formulas). */
export function neutralizeCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "number") return Number.isFinite(value) && value >= 0 ? String(value) : neutralizeCell(String(value));
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell, neutralized and quoted when it holds the delimiter, a quote, a line break or edge spaces. */
export function csvCell(value: CsvValue, delimiter = ","): string {
  const text = neutralizeCell(value);
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One line of cells, ending in CRLF. */
export function csvRow(values: readonly CsvValue[], delimiter = ","): string {
  return values.map((v) => csvCell(v, delimiter)).join(delimiter) + CSV_EOL;
}

/** "moderation-2026-11-27.csv": only safe characters, so the Content-Disposition header needs no encoding. */
export function csvFilename(prefix: string, day: string): string {
  return `${prefix.replace(/[^a-z0-9-]/gi, "")}-${day.replace(/[^0-9-]/g, "")}.csv`;
}

export function csvDisposition(filename: string): string {
  return `attachment; filename="${filename.replace(/["\\\r\n]/g, "")}"`;
}
