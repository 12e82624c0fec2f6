/**
 * The registry check: every server action, route handler and staff page in the source is in the
 * authorization matrix, and every matrix entry still exists. A new endpoint cannot ship untested.
 */
import { describe, expect, it } from "vitest";
import { ACTIONS, PAGES, ROUTES, SUBJECTS } from "@/test/security/authz-matrix";
import { findRouteHandlers, findServerActions, findStaffPages } from "@/test/security/registry";

function compare(kind: string, found: string[], listed: string[]) {
  const missing = found.filter((k) => !listed.includes(k));
  const stale = listed.filter((k) => !found.includes(k));
  const problems = [
    ...missing.map((k) => `${kind} missing from test/security/authz-matrix.ts: ${k}`),
    ...stale.map((k) => `${kind} in test/security/authz-matrix.ts no longer exists: ${k}`),
  ];
  expect(problems, problems.join("\n")).toEqual([]);
}

describe("authz registry", () => {
  it("finds the endpoints at all (the scan itself works)", () => {
    expect(findServerActions().length).toBeGreaterThan(40);
    expect(findRouteHandlers().length).toBeGreaterThan(5);
    expect(findStaffPages().length).toBeGreaterThan(20);
  });

  it("lists every server action, and only existing ones", () => compare("server action", findServerActions(), Object.keys(ACTIONS)));
  it("lists every route handler method, and only existing ones", () => compare("route handler", findRouteHandlers(), Object.keys(ROUTES)));
  it("lists every staff page, and only existing ones", () => compare("staff page", findStaffPages(), Object.keys(PAGES)));

  it("names only known subjects, each at most once", () => {
    for (const [key, entry] of [...Object.entries(ACTIONS), ...Object.entries(ROUTES), ...Object.entries(PAGES)]) {
      expect(entry.allowed.every((s) => (SUBJECTS as readonly string[]).includes(s)), key).toBe(true);
      expect(new Set(entry.allowed).size, key).toBe(entry.allowed.length);
      // A staff endpoint that lets anonymous callers in is a contradiction in the matrix itself.
      if ("kind" in entry && entry.kind === "staff") expect(entry.allowed, key).not.toContain("ANONYMOUS");
    }
  });
});
