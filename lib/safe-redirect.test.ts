import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps same-origin paths", () => {
    expect(safeCallbackPath("/admin/comments?status=PENDING")).toBe("/admin/comments?status=PENDING");
    expect(safeCallbackPath("http://localhost:3000/admin/ads")).toBe("/admin/ads");
  });

  it.each(["//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", "evil", "/admin\u0000", ""])(
    "falls back for %j",
    (value) => {
      const result = safeCallbackPath(value);
      expect(result === "/admin" || (result.startsWith("/") && !result.startsWith("//") && !result.startsWith("/\\"))).toBe(true);
      if (value !== "https://evil.example") expect(result).toBe("/admin");
    },
  );
});
