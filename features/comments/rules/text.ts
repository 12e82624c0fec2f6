/** Text helpers of the rules: normalization for duplicate detection, link counting, whole-word matching. */

/** Case, Unicode form and whitespace do not make a text different. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("de").replace(/\s+/gu, " ").trim();
}

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;

export function countLinks(text: string): number {
  return text.match(LINK)?.length ?? 0;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The listed words that occur in the text as whole words, case-insensitive: letters and digits of any
 * script (ä, ö, ü, ß) count as word characters, so "Öl" does not match inside "Heizöl" and "Ärger" matches "ärger".
 */
export function findWords(text: string, words: string[]): string[] {
  const haystack = text.normalize("NFC");
  const found: string[] = [];
  for (const raw of words) {
    const word = raw.normalize("NFC").trim();
    if (!word) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(word).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}_])`, "iu");
    if (re.test(haystack)) found.push(raw);
  }
  return found;
}
