import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "@/lib/url";

describe("safeHttpUrl", () => {
  it("accepts http and https", () => {
    expect(safeHttpUrl("https://www.adac.de/reise-freizeit/")).toBe("https://www.adac.de/reise-freizeit/");
    expect(safeHttpUrl("http://example.org")).toBe("http://example.org/");
  });
  it.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil", "not a url", ""])("rejects %j", (v) => {
    expect(safeHttpUrl(v)).toBeNull();
  });
});
