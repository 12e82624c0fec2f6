import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce } from "./csp.mjs";

describe("the content security policy", () => {
  it("creates a fresh base64 nonce of 128 bits per call", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(Buffer.from(a, "base64")).toHaveLength(16);
    expect(createNonce()).not.toBe(a);
  });

  it("allows scripts and style elements only with the nonce, and nothing to frame, embed or rebase", () => {
    const policy = contentSecurityPolicy("abc+/=");
    const directives = new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1).join(" ")]));
    expect(directives.get("script-src")).toBe("'self' 'nonce-abc+/=' 'strict-dynamic'");
    expect(directives.get("style-src")).toBe("'self' 'nonce-abc+/='");
    expect(directives.get("object-src")).toBe("'none'");
    expect(directives.get("base-uri")).toBe("'none'");
    expect(directives.get("frame-ancestors")).toBe("'none'");
    expect(directives.get("default-src")).toBe("'self'");
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(directives.get("script-src")).not.toMatch(/unsafe-inline/);
  });

  it("is the policy Next reads the nonce from", async () => {
    const { getScriptNonceFromHeader } = await import("next/dist/server/app-render/get-script-nonce-from-header.js");
    const nonce = createNonce();
    expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce))).toBe(nonce);
  });
});
