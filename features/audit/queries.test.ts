import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, listAuditFilterOptions, listAuditLog } from "@/features/audit/queries";
import { decodeCursor, encodeCursor } from "@/features/audit/search-params";
import { db } from "@/lib/db";
import type { Role } from "@/lib/permissions";
import { signInAs, signOut } from "@/test/session";

/** 75 rows under an action of their own; many share a timestamp, so the id must break ties. */
async function seedLog() {
  const tag = randomBytes(3).toString("hex");
  const action = `test.page_${tag}`;
  const [anna, ben] = await Promise.all(["Anna", "Ben"].map((n) => db.user.create({ data: { email: `${n}-${tag}@test.local`, name: `${n} ${tag}` } })));
  const base = Date.UTC(2024, 0, 1);
  await db.auditLog.createMany({
    data: Array.from({ length: 75 }, (_, i) => ({
      action,
      actorId: i % 3 === 0 ? ben.id : anna.id,
      targetType: i % 2 === 0 ? "user" : "article",
      targetId: String(i),
      summary: i % 5 === 0 ? `Eintrag ${i} mit Stichwort-${tag}` : `Eintrag ${i}`,
      createdAt: new Date(base + Math.floor(i / 4) * 60_000),
    })),
  });
  return { tag, action, anna, ben };
}

describe("listAuditLog", () => {
  beforeEach(() => signOut());

  it("pages newest first in two pages of keyset without overlap or gaps", async () => {
    const { action } = await seedLog();
    await signInAs(["ADMIN"]);
    const page1 = await listAuditLog({ action });
    expect(page1.entries).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page1.next).not.toBeNull();
    const cursor = decodeCursor(encodeCursor(page1.next!)); // through the URL and back
    const page2 = await listAuditLog({ action, cursor });
    expect(page2.entries).toHaveLength(25);
    expect(page2.next).toBeNull();

    const ids = [...page1.entries, ...page2.entries].map((e) => e.id);
    expect(new Set(ids).size).toBe(75);
    const all = await db.auditLog.findMany({ where: { action }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(ids).toEqual(all.map((r) => r.id));
  });

  it("filters by actor, target type and summary text, alone and combined", async () => {
    const { tag, action, anna, ben } = await seedLog();
    await signInAs(["ADMIN"]);
    const count = async (filters: Parameters<typeof listAuditLog>[0]) => (await listAuditLog({ action, ...filters })).entries.length;
    expect(await count({ actorId: ben.id })).toBe(25);
    expect(await count({ actorId: anna.id })).toBe(50);
    expect(await count({ targetType: "article" })).toBe(37);
    expect(await count({ q: `Stichwort-${tag}` })).toBe(15);
    expect(await count({ q: `Stichwort-${tag}`, actorId: ben.id, targetType: "user" })).toBe(3); // i = 0, 30, 60

    const entry = (await listAuditLog({ action, actorId: ben.id })).entries[0];
    expect(entry).toEqual({
      id: expect.any(Number),
      createdAt: expect.any(Date),
      action,
      targetType: expect.any(String),
      targetId: expect.any(String),
      summary: expect.any(String),
      actor: { id: ben.id, name: ben.name },
    });
  });

  it("offers the actions that occur and the people who acted", async () => {
    const { action, anna, ben } = await seedLog();
    await signInAs(["ADMIN"]);
    const options = await listAuditFilterOptions();
    expect(options.actions).toContain(action);
    expect(options.actors).toEqual(expect.arrayContaining([{ id: anna.id, name: anna.name }, { id: ben.id, name: ben.name }]));
  });

  const refused: (Role[] | null)[] = [["EDITOR"], ["MODERATOR"], ["AD_MANAGER"], ["EDITOR", "MODERATOR", "AD_MANAGER"], null];
  for (const roles of refused) {
    it(`refuses ${roles ? roles.join("+") : "a signed-out caller"}`, async () => {
      if (roles) await signInAs(roles);
      const kind = roles ? "forbidden" : "unauthenticated";
      await expect(listAuditLog()).rejects.toMatchObject({ kind });
      await expect(listAuditFilterOptions()).rejects.toMatchObject({ kind });
    });
  }
});
