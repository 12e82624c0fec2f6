import { describe, expect, it } from "vitest";
import { countLinks, findWords, normalizeText } from "./text";

describe("rule text helpers", () => {
  it("normalizes case, Unicode form and whitespace", () => {
    expect(normalizeText("  Hallo\n  WELT ")).toBe("hallo welt");
    expect(normalizeText("A\u0308rger")).toBe(normalizeText("Ärger"));
  });

  it("counts http(s) and www links", () => {
    expect(countLinks("siehe https://a.de/x und http://b.de, www.c.de")).toBe(3);
    expect(countLinks("kein Link, nur a.de")).toBe(0);
  });

  it("matches whole words, case-insensitive and umlaut-safe", () => {
    expect(findWords("So ein ÄRGER heute", ["ärger"])).toEqual(["ärger"]);
    expect(findWords("Heizöl ist teuer", ["öl"])).toEqual([]);
    expect(findWords("Öl ist teuer", ["öl"])).toEqual(["öl"]);
    expect(findWords("Idioten und idiotisch", ["idiot"])).toEqual([]);
    expect(findWords("Du Idiot!", ["idiot"])).toEqual(["idiot"]);
    expect(findWords("Straße", ["strasse"])).toEqual([]);
    expect(findWords("a.b*c (x)", ["b*c", "(x)"])).toEqual(["b*c", "(x)"]);
    expect(findWords("a.bbc", ["b.c"])).toEqual([]);
  });
});
