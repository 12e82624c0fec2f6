import { describe, expect, it } from "vitest";
import de from "@/messages/de";
import en from "@/messages/en";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message files", () => {
  it("English has exactly the German keys", () => {
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });
  it("no message is empty", () => {
    const empty = keys(de).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], de) === "");
    expect(empty).toEqual([]);
  });
});
