import { beforeEach, describe, expect, it } from "vitest";
import { createSection, deleteSection, moveSection, renameSection } from "@/features/sections/actions";
import { listSections } from "@/features/sections/queries";
import { db } from "@/lib/db";
import type { Role } from "@/lib/permissions";
import { signInAs, signOut } from "@/test/session";

const unique = () => Math.random().toString(36).slice(2, 8);

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

async function created(name: string) {
  const result = await createSection(null, form({ name }));
  if (!result.ok || !result.data) throw new Error(`not created: ${JSON.stringify(result)}`);
  return db.section.findUniqueOrThrow({ where: { id: result.data.id } });
}

async function auditRows(action: string, id: number) {
  return db.auditLog.findMany({ where: { action, targetType: "section", targetId: String(id) }, orderBy: { id: "asc" } });
}

/** Everything a section action could change, to prove that a refused call changed nothing. */
async function snapshot() {
  const [sections, audit] = await Promise.all([db.section.findMany({ orderBy: { id: "asc" } }), db.auditLog.count()]);
  return { sections, audit };
}

describe("creating sections", () => {
  beforeEach(() => signOut());

  it("creates a section at the end with a slug from the name (umlauts spelled out) and an audit row", async () => {
    const editor = await signInAs(["EDITOR"]);
    const name = `Bad Cannstatt Süd ${unique()}`;
    const result = await createSection(null, form({ name: `  ${name} ` }));
    expect(result).toMatchObject({ ok: true, message: `Ressort „${name}“ angelegt.` });
    if (!result.ok || !result.data) throw new Error("no data");

    const section = await db.section.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(section.name).toBe(name);
    expect(section.slug).toBe(`bad-cannstatt-sued-${name.slice(-6)}`);
    const list = await listSections();
    expect(list.at(-1)).toMatchObject({ id: section.id, name, articleCount: 0, liveCount: 0, position: list.length });

    const [row] = await auditRows("section.create", section.id);
    expect(row).toMatchObject({ actorId: editor.id, summary: expect.stringContaining(name) });
  });

  it("refuses a name that a live section has, in any letter case, and creates nothing", async () => {
    await signInAs(["ADMIN"]);
    const name = `Gesundheit ${unique()}`;
    await created(name);
    const before = await snapshot();
    const result = await createSection(null, form({ name: ` ${name.toUpperCase()}  ` }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { name: ["Ein Ressort mit diesem Namen gibt es schon."] } });
    expect(await snapshot()).toEqual(before);
  });

  it("allows the name of a deleted section again, under a numbered slug (the old slug stays reserved)", async () => {
    await signInAs(["EDITOR"]);
    const name = `Wetter ${unique()}`;
    const first = await created(name);
    expect(await deleteSection(first.id)).toMatchObject({ ok: true });
    const second = await created(name);
    expect(second.slug).toBe(`${first.slug}-2`);
  });

  it("answers bad input with field errors", async () => {
    await signInAs(["EDITOR"]);
    const before = await snapshot();
    expect(await createSection(null, form({ name: "   " }))).toMatchObject({ ok: false, fieldErrors: { name: ["Bitte geben Sie einen Namen ein."] } });
    expect(await createSection(null, form({}))).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
    expect(await createSection(null, form({ name: "x".repeat(61) }))).toMatchObject({ ok: false, fieldErrors: { name: ["Höchstens 60 Zeichen."] } });
    expect(await createSection(null, form({ name: "???" }))).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Der Name braucht mindestens einen Buchstaben oder eine Ziffer."] },
    });
    expect(await renameSection(0, null, form({ name: "Gut" }))).toMatchObject({ ok: false, fieldErrors: { id: [expect.any(String)] } });
    expect(await moveSection(1, "sideways" as never)).toMatchObject({ ok: false, fieldErrors: { direction: [expect.any(String)] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("renaming sections", () => {
  beforeEach(() => signOut());

  it("changes the name and keeps the slug, so no address breaks", async () => {
    const editor = await signInAs(["EDITOR"]);
    const section = await created(`Kultur ${unique()}`);
    const name = `Kultur & Freizeit ${unique()}`;
    expect(await renameSection(section.id, null, form({ name }))).toMatchObject({ ok: true });
    const after = await db.section.findUniqueOrThrow({ where: { id: section.id } });
    expect(after).toMatchObject({ name, slug: section.slug, position: section.position });
    const [row] = await auditRows("section.rename", section.id);
    expect(row).toMatchObject({ actorId: editor.id, data: { before: section.name, after: name, slug: section.slug } });
  });

  it("refuses another section's name but lets a section change its own letter case", async () => {
    await signInAs(["EDITOR"]);
    const a = await created(`Sport ${unique()}`);
    const b = await created(`Verkehr ${unique()}`);
    expect(await renameSection(b.id, null, form({ name: a.name.toLowerCase() }))).toMatchObject({
      ok: false,
      fieldErrors: { name: ["Ein Ressort mit diesem Namen gibt es schon."] },
    });
    expect((await db.section.findUniqueOrThrow({ where: { id: b.id } })).name).toBe(b.name);
    expect(await renameSection(a.id, null, form({ name: a.name.toUpperCase() }))).toMatchObject({ ok: true });
    expect((await db.section.findUniqueOrThrow({ where: { id: a.id } })).name).toBe(a.name.toUpperCase());
  });

  it("answers an unknown or deleted section with a clear message", async () => {
    await signInAs(["EDITOR"]);
    expect(await renameSection(999_999, null, form({ name: "Neu" }))).toEqual({ ok: false, message: "Dieses Ressort gibt es nicht (mehr)." });
    const gone = await created(`Weg ${unique()}`);
    await deleteSection(gone.id);
    expect(await renameSection(gone.id, null, form({ name: "Neu" }))).toEqual({ ok: false, message: "Dieses Ressort gibt es nicht (mehr)." });
  });
});

describe("ordering sections", () => {
  beforeEach(() => signOut());

  const order = async () => (await listSections()).map((s) => s.id);

  it("moves a section up and down by swapping it with its neighbour", async () => {
    const editor = await signInAs(["EDITOR"]);
    const a = await created(`Erste ${unique()}`);
    const b = await created(`Zweite ${unique()}`);
    const before = await order();
    const [ia, ib] = [before.indexOf(a.id), before.indexOf(b.id)];
    expect(ib).toBe(ia + 1);

    const result = await moveSection(b.id, "up");
    expect(result).toEqual({ ok: true, message: `„${b.name}“ steht jetzt auf Platz ${ia + 1}.` });
    const afterUp = await order();
    expect(afterUp.slice(ia, ib + 1)).toEqual([b.id, a.id]);
    expect(afterUp.filter((id) => id !== a.id && id !== b.id)).toEqual(before.filter((id) => id !== a.id && id !== b.id));
    const [row] = await auditRows("section.move", b.id);
    expect(row).toMatchObject({ actorId: editor.id, data: { direction: "up", from: ib + 1, to: ia + 1 } });

    expect(await moveSection(b.id, "down")).toMatchObject({ ok: true });
    expect(await order()).toEqual(before);
  });

  it("refuses to move the last section further down, and tidies equal positions from older data", async () => {
    await signInAs(["EDITOR"]);
    const last = await created(`Letzte ${unique()}`);
    expect(await moveSection(last.id, "down")).toEqual({ ok: false, message: `„${last.name}“ steht schon ganz unten.` });

    // Two sections on the same position (as from data before positions were kept tidy): a move still works.
    const other = await created(`Gleich ${unique()}`);
    await db.section.update({ where: { id: other.id }, data: { position: last.position } });
    const before = await order();
    expect(before.slice(-2)).toEqual([last.id, other.id]);
    expect(await moveSection(other.id, "up")).toMatchObject({ ok: true });
    expect((await order()).slice(-2)).toEqual([other.id, last.id]);
    const positions = (await db.section.findMany({ where: { deletedAt: null }, select: { position: true } })).map((s) => s.position);
    expect(new Set(positions).size).toBe(positions.length);
  });
});

describe("deleting sections", () => {
  beforeEach(() => signOut());

  async function articleIn(sectionId: number, deletedAt: Date | null = null) {
    return db.article.create({
      data: { slug: `artikel-${unique()}`, sectionId, byline: "Redaktion", title: "Test", teaser: "", bodyHtml: "<p>Text</p>", deletedAt },
    });
  }

  it("refuses while the section holds articles that are not deleted, with a clear error", async () => {
    await signInAs(["EDITOR"]);
    const section = await created(`Lokales ${unique()}`);
    await articleIn(section.id);
    await articleIn(section.id);
    await articleIn(section.id, new Date());
    expect((await listSections()).find((s) => s.id === section.id)).toMatchObject({ articleCount: 2, liveCount: 0 });

    const message = `„${section.name}“ enthält noch 2 Artikel. Verschieben oder löschen Sie diese zuerst.`;
    expect(await deleteSection(section.id)).toEqual({ ok: false, message, fieldErrors: { id: [message] } });
    expect((await db.section.findUniqueOrThrow({ where: { id: section.id } })).deletedAt).toBeNull();
    expect(await auditRows("section.delete", section.id)).toEqual([]);
  });

  it("soft-deletes a section whose articles are all deleted: gone from the list, the row stays", async () => {
    const editor = await signInAs(["EDITOR"]);
    const section = await created(`Archiv ${unique()}`);
    await articleIn(section.id, new Date());
    expect(await deleteSection(section.id)).toEqual({ ok: true, message: `Ressort „${section.name}“ gelöscht.` });
    expect((await db.section.findUniqueOrThrow({ where: { id: section.id } })).deletedAt).toBeInstanceOf(Date);
    expect((await listSections()).map((s) => s.id)).not.toContain(section.id);
    expect((await auditRows("section.delete", section.id))[0]).toMatchObject({ actorId: editor.id });
    expect(await deleteSection(section.id)).toEqual({ ok: false, message: "Dieses Ressort gibt es nicht (mehr)." });
  });
});

describe("who may manage sections", () => {
  beforeEach(() => signOut());

  const callers: (Role[] | null)[] = [["MODERATOR"], ["AD_MANAGER"], ["MODERATOR", "AD_MANAGER"], null];

  for (const roles of callers) {
    it(`refuses ${roles ? roles.join("+") : "a signed-out caller"} every action and the list, changing nothing`, async () => {
      await signInAs(["EDITOR"]);
      const target = await created(`Ziel ${unique()}`);
      signOut();
      if (roles) await signInAs(roles);
      const expected = roles ? /Berechtigung/ : /Sitzung/;
      const before = await snapshot();

      const results = [
        await createSection(null, form({ name: `Eindringling ${unique()}` })),
        await renameSection(target.id, null, form({ name: "Übernommen" })),
        await moveSection(target.id, "up"),
        await deleteSection(target.id),
      ];
      for (const result of results) expect(result).toEqual({ ok: false, message: expect.stringMatching(expected) });
      await expect(listSections()).rejects.toMatchObject({ kind: roles ? "forbidden" : "unauthenticated" });
      expect(await snapshot()).toEqual(before);
    });
  }
});
