import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, can, type Permission, type Role } from "@/lib/permissions";

// The matrix PRODUCT.md promises, written out by hand: a change to the table must change this too.
const EXPECTED: Record<Role, Permission[]> = {
  ADMIN: [...PERMISSIONS],
  EDITOR: ["dashboard.view", "articles.manage", "sections.manage", "newsletter.manage"],
  MODERATOR: ["dashboard.view", "comments.moderate", "moderation.rules", "subscriptions.manage"],
  AD_MANAGER: ["dashboard.view", "ads.manage", "surftips.manage"],
};

describe("can", () => {
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const expected = EXPECTED[role].includes(permission);
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(can({ roles: [role] }, permission)).toBe(expected);
      });
    }
  }

  it("combines the permissions of several roles", () => {
    const user = { roles: ["EDITOR", "AD_MANAGER"] as Role[] };
    expect(can(user, "articles.manage")).toBe(true);
    expect(can(user, "ads.manage")).toBe(true);
    expect(can(user, "comments.moderate")).toBe(false);
    expect(can(user, "staff.manage")).toBe(false);
  });

  it("refuses everything to the signed-out and to staff without roles", () => {
    for (const permission of PERMISSIONS) {
      expect(can(null, permission)).toBe(false);
      expect(can({ roles: [] }, permission)).toBe(false);
    }
  });
});
