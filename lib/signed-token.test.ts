import { describe, expect, it } from "vitest";
import { signToken, verifyToken } from "@/lib/signed-token";

describe("signed tokens", () => {
  it("give back their payload for the purpose they were made for", () => {
    expect(verifyToken("unsubscribe", signToken("unsubscribe", "42"))).toBe("42");
  });

  it("fail for another purpose, a changed payload or a changed signature", () => {
    const token = signToken("confirm", "7-lz3k");
    expect(verifyToken("unsubscribe", token)).toBeNull();
    expect(verifyToken("confirm", token.replace(/^7/, "8"))).toBeNull();
    expect(verifyToken("confirm", token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBeNull();
    expect(verifyToken("confirm", "")).toBeNull();
    expect(verifyToken("confirm", "no-dot-here")).toBeNull();
    expect(verifyToken("confirm", "../../etc.x")).toBeNull();
  });

  it("refuses payloads that would not survive a URL", () => {
    expect(() => signToken("confirm", "a.b")).toThrow();
    expect(() => signToken("confirm", "a/b")).toThrow();
  });
});
