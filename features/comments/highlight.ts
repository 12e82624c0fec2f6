/**
 * Splits reader text into plain and marked pieces around the words that held it, so the desk can wrap
 * them in <mark> while React escapes every piece: reader text never becomes HTML.
 */
export type Piece = { text: string; mark: boolean };

export function highlightWords(text: string, words: string[]): Piece[] {
  const needles = [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0))];
  if (needles.length === 0) return [{ text, mark: false }];
  const lower = text.toLowerCase();
  const pieces: Piece[] = [];
  let at = 0;
  while (at < text.length) {
    let best = -1;
    let len = 0;
    for (const n of needles) {
      const i = lower.indexOf(n, at);
      if (i !== -1 && (best === -1 || i < best || (i === best && n.length > len))) {
        best = i;
        len = n.length;
      }
    }
    if (best === -1) break;
    if (best > at) pieces.push({ text: text.slice(at, best), mark: false });
    pieces.push({ text: text.slice(best, best + len), mark: true });
    at = best + len;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), mark: false });
  return pieces;
}
