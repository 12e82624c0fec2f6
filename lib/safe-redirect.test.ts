import { describe, expect, it } from "vitest";
import { safeCallbackPath, sameSiteUrl } from "@/lib/safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths", () => {
    expect(safeCallbackPath("/admin/comments?status=PENDING")).toBe("/admin/comments?status=PENDING");
    expect(safeCallbackPath("/admin/ads")).toBe("/admin/ads");
  });

  it.each([
    "//evil.example",
    "/\\evil.example",
    "https://evil.example/admin/comments",
    "http://localhost:3000/admin/ads",
    "javascript:alert(1)",
    "evil",
    "/admin\u0000",
    "",
  ])("falls back to the dashboard for %j", (value) => {
    expect(safeCallbackPath(value)).toBe("/admin");
  });
});

describe("sameSiteUrl", () => {
  const base = "http://127.0.0.1:3500";

  it("keeps paths and absolute URLs of this site", () => {
    expect(sameSiteUrl("/admin/comments", base)).toBe("http://127.0.0.1:3500/admin/comments");
    expect(sameSiteUrl("http://127.0.0.1:3500/admin?x=1", base)).toBe("http://127.0.0.1:3500/admin?x=1");
  });

  it.each(["\\\\evil.example", "//evil.example", "/\\evil.example", "/\t/evil.example", "https:/\\evil.example", "http:evil.example", "HTTPS://EVIL.EXAMPLE", "JavaScript:alert(1)", "%2F%2Fevil.example", "http://127.0.0.1:3501/admin"])(
    "refuses %j",
    (value) => {
      expect(sameSiteUrl(value, base)).toBeNull();
    },
  );
});
