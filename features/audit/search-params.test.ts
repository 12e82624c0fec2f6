import { describe, expect, it } from "vitest";
import { auditHref, decodeCursor, encodeCursor, parseAuditSearchParams } from "@/features/audit/search-params";

describe("audit search params", () => {
  it("reads the filters and the cursor", () => {
    const createdAt = new Date("2024-05-01T10:00:00.123Z");
    expect(parseAuditSearchParams({ action: "staff.create", actorId: "7", targetType: "user", q: "  Anna ", cursor: encodeCursor({ createdAt, id: 42 }) })).toEqual({
      action: "staff.create",
      actorId: 7,
      targetType: "user",
      q: "Anna",
      cursor: { createdAt, id: 42 },
    });
  });

  it("drops bad values one by one instead of throwing", () => {
    expect(parseAuditSearchParams({ action: "<script>", actorId: "7abc", targetType: "", q: "x".repeat(101), cursor: "nope" })).toEqual({});
    expect(parseAuditSearchParams({ actorId: ["3", "4"], q: ["eins", "zwei"] })).toEqual({ actorId: 3, q: "eins" });
    expect(parseAuditSearchParams({ actorId: "0", cursor: "1.0" })).toEqual({});
    expect(parseAuditSearchParams({ actorId: "99999999999", cursor: "99999999999999999.1" })).toEqual({});
    expect(parseAuditSearchParams({ unknown: "x", action: "comment.approve" })).toEqual({ action: "comment.approve" });
    expect(parseAuditSearchParams(undefined as never)).toEqual({});
  });

  it("round-trips cursors and builds links without empty values", () => {
    const cursor = { createdAt: new Date(1_700_000_000_000), id: 9 };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(auditHref({ action: "staff.create", q: "", actorId: 3, cursor: "1.2" })).toBe("/admin/audit?action=staff.create&actorId=3&cursor=1.2");
    expect(auditHref({})).toBe("/admin/audit");
  });
});
