import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/safe-redirect";

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
