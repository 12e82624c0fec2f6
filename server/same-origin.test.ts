import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./same-origin.mjs";

const site = { siteOrigin: "https://newsdesk.example", trustProxy: false };
const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers: { host: "newsdesk.example", ...headers } });

describe("cross-site writes", () => {
  it("lets reads through whatever their origin", () => {
    expect(isCrossSiteWrite(req("GET", "/admin", { origin: "https://evil.example" }), site)).toBe(false);
    expect(isCrossSiteWrite(req("HEAD", "/"), site)).toBe(false);
  });

  it("lets same-origin writes through (by the public URL or the Host)", () => {
    expect(isCrossSiteWrite(req("POST", "/admin/comments", { origin: "https://newsdesk.example" }), site)).toBe(false);
    expect(isCrossSiteWrite(req("POST", "/x", { origin: "http://127.0.0.1:3500", host: "127.0.0.1:3500" }), { trustProxy: false })).toBe(false);
    expect(isCrossSiteWrite(req("POST", "/x", { referer: "https://newsdesk.example/artikel/a" }), site)).toBe(false);
  });

  it("refuses foreign, null, malformed and missing origins", () => {
    for (const origin of ["https://evil.example", "null", "https://newsdesk.example.evil.example", "javascript:alert(1)", "not a url"]) {
      expect(isCrossSiteWrite(req("POST", "/admin", { origin }), site), origin).toBe(true);
    }
    expect(isCrossSiteWrite(req("POST", "/admin"), site)).toBe(true);
    expect(isCrossSiteWrite(req("POST", "/admin", { referer: "https://evil.example/" }), site)).toBe(true);
    expect(isCrossSiteWrite(req("DELETE", "/admin", { origin: "https://evil.example" }), site)).toBe(true);
  });

  it("trusts X-Forwarded-Host only behind a trusted proxy", () => {
    const forged = req("POST", "/admin", { origin: "https://evil.example", "x-forwarded-host": "evil.example" });
    expect(isCrossSiteWrite(forged, { trustProxy: false })).toBe(true);
    expect(isCrossSiteWrite(req("POST", "/admin", { origin: "https://app.example", "x-forwarded-host": "app.example", host: "internal:3000" }), { trustProxy: true })).toBe(false);
  });

  it("exempts the one-click unsubscribe (mail providers send no Origin) and nothing else", () => {
    expect(isCrossSiteWrite(req("POST", "/api/abo/abmelden/123.abc"), site)).toBe(false);
    expect(isCrossSiteWrite(req("POST", "/api/abo/abmelden/123.abc/../../../admin"), site)).toBe(true);
    expect(isCrossSiteWrite(req("POST", "/abo/abmelden/123.abc"), site)).toBe(true);
  });
});
