/**
 * The audit log's summary search reads only the newest AUDIT_SEARCH_WINDOW entries of the view; here
 * the window is 3 (the real one holds 10,000), so that its edge can be tested with a handful of rows.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { listAuditFilterOptions, listAuditLog } from "@/features/audit/queries";
import { db } from "@/lib/db";
import { signInAs } from "@/test/session";

vi.mock("@/features/audit/search-params", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/features/audit/search-params")>()), AUDIT_SEARCH_WINDOW: 3 }));

/** Entries under an action of their own, oldest first, one minute apart: [summary, actor] each. */
async function seedLog(entries: [string, "anna" | "ben"][]) {
  const tag = randomBytes(3).toString("hex");
  const action = `test.window_${tag}`;
  const [anna, ben] = await Promise.all(["Anna", "Ben"].map((n) => db.user.create({ data: { email: `${n}-${tag}@test.local`, name: `${n} ${tag}` } })));
  const base = Date.UTC(2025, 0, 1);
  for (const [i, [summary, who]] of entries.entries()) {
    await db.auditLog.create({ data: { action, actorId: who === "anna" ? anna.id : ben.id, summary: `${summary} ${i}`, createdAt: new Date(base + i * 60_000) } });
  }
  return { action, anna, ben };
}

describe("the audit log's search window", () => {
  it("finds matches among the view's newest entries only; narrowing the view reaches older ones", async () => {
    const { action, anna, ben } = await seedLog([
      ["Fenster", "ben"],
      ["Fenster", "ben"],
      ["Fenster", "ben"],
      ["Heizung", "ben"],
      ["Fenster", "anna"],
      ["Heizung", "ben"],
    ]);
    await signInAs(["ADMIN"]);
    const found = async (filters: Parameters<typeof listAuditLog>[0]) => (await listAuditLog({ action, ...filters })).entries.map((e) => e.summary);
    // The newest three of the action: 5, 4 and 3; only 4 says "Fenster".
    expect(await found({ q: "fenster" })).toEqual(["Fenster 4"]);
    // Ben's newest three: 5, 3 and 2.
    expect(await found({ q: "fenster", actorId: ben.id })).toEqual(["Fenster 2"]);
    expect(await found({ q: "fenster", actorId: anna.id })).toEqual(["Fenster 4"]);
    // Without a search the whole view is listed, window or not.
    expect(await found({})).toHaveLength(6);
    // A page further down stays inside the same window.
    const top = (await listAuditLog({ action })).entries[0];
    expect(await found({ q: "fenster", cursor: { createdAt: top.createdAt, id: top.id } })).toEqual(["Fenster 4"]);
  });

  it("offers every action of the log once, in order", async () => {
    const { action } = await seedLog([["Eins", "anna"], ["Zwei", "ben"]]);
    await signInAs(["ADMIN"]);
    const grouped = (await db.auditLog.groupBy({ by: ["action"], orderBy: { action: "asc" } })).map((g) => g.action);
    const { actions } = await listAuditFilterOptions();
    expect(actions).toContain(action);
    expect(new Set(actions).size).toBe(actions.length);
    // Other test files may write new actions meanwhile: those read before appear, in the database's order.
    expect(actions.filter((a) => grouped.includes(a))).toEqual(grouped);
  });
});
