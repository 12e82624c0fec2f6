import { beforeEach, describe, expect, it } from "vitest";
import { addSurfTip, checkSurfTipLinksNow, copySurfTipWeek, moveSurfTip, removeSurfTip, updateSurfTip } from "@/features/surf-tips/actions";
import { getSurfTipPlanner } from "@/features/surf-tips/queries";
import { addWeeks } from "@/features/surf-tips/weeks";
import { isoWeekOf } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Role } from "@/lib/permissions";
import { signInAs, signOut } from "@/test/session";

// These run against the real clock: weeks are chosen relative to the current one. Each test uses its
// own far-off week (beyond the link check's range) that holds no tips yet: the run's database is shared
// with the other test files (the volume generator and the demo seed plan weeks too, and the authz
// matrix copies tips between random weeks up to 411 weeks ahead: these start beyond them, or a copy's
// audit entry of the matrix could be taken for one of this file's).
const current = isoWeekOf(new Date());
let nextOffset = 1000;
async function freshWeek() {
  for (;;) {
    const week = addWeeks(current, nextOffset++);
    if ((await db.surfTip.count({ where: { isoWeek: week } })) === 0) return week;
  }
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

async function added(week: string, label: string, url = `https://example.org/${encodeURIComponent(label)}`) {
  const result = await addSurfTip(week, null, form({ label, url }));
  if (!result.ok || !result.data) throw new Error(`not added: ${JSON.stringify(result)}`);
  return result.data.id;
}

const labels = async (week: string) => (await db.surfTip.findMany({ where: { isoWeek: week }, orderBy: [{ position: "asc" }, { id: "asc" }] })).map((tip) => tip.label);

/** Everything a surf-tip action could change, to prove that a refused call changed nothing. */
async function snapshot() {
  const [tips, audit] = await Promise.all([db.surfTip.findMany({ orderBy: { id: "asc" } }), db.auditLog.count()]);
  return { tips, audit };
}

describe("adding and editing surf tips", () => {
  beforeEach(() => signOut());

  it("adds tips at the end of a week with an audit row, trimmed and normalized", async () => {
    const manager = await signInAs(["AD_MANAGER"]);
    const week = await freshWeek();
    const result = await addSurfTip(week, null, form({ label: "  Verbrecherjagt ", url: " https://www.polizei-bw.de " }));
    expect(result).toMatchObject({ ok: true, message: `„Verbrecherjagt“ zur Woche ${week} hinzugefügt.` });
    await added(week, "Telefonspam");
    const tips = await db.surfTip.findMany({ where: { isoWeek: week }, orderBy: { position: "asc" } });
    expect(tips.map((tip) => [tip.label, tip.url, tip.position, tip.clicks])).toEqual([
      ["Verbrecherjagt", "https://www.polizei-bw.de/", 0, 0],
      ["Telefonspam", "https://example.org/Telefonspam", 1, 0],
    ]);
    const [row] = await db.auditLog.findMany({ where: { action: "surftip.create", targetId: String(tips[0].id) } });
    expect(row).toMatchObject({ actorId: manager.id, targetType: "surfTip", data: { week, label: "Verbrecherjagt", url: "https://www.polizei-bw.de/" } });
  });

  it("refuses javascript:, data:, relative and other addresses with a German field error, storing nothing", async () => {
    await signInAs(["ADMIN"]);
    const week = await freshWeek();
    const before = await snapshot();
    for (const url of ["javascript:alert(1)", "data:text/html,x", "mailto:a@b.de", "/intern", "//evil.example", "https://a b.de", "https://x@evil.example"]) {
      expect(await addSurfTip(week, null, form({ label: "Böse", url })), url).toEqual({
        ok: false,
        message: expect.any(String),
        fieldErrors: { url: ["Bitte eine vollständige Webadresse mit http:// oder https:// angeben (ohne Leerzeichen, ohne Benutzername)."] },
      });
    }
    expect(await addSurfTip(week, null, form({ label: " ", url: "https://example.org/" }))).toMatchObject({ fieldErrors: { label: ["Bitte geben Sie eine Bezeichnung ein."] } });
    expect(await addSurfTip(week, null, form({ label: "x".repeat(61), url: "https://example.org/" }))).toMatchObject({ fieldErrors: { label: ["Höchstens 60 Zeichen."] } });
    expect(await addSurfTip("2025-W53", null, form({ label: "Gut", url: "https://example.org/" }))).toMatchObject({
      fieldErrors: { week: ["Bitte eine gültige Kalenderwoche angeben, z. B. 2026-W49."] },
    });
    expect(await snapshot()).toEqual(before);
  });

  it("holds at most 10 tips per week", async () => {
    await signInAs(["AD_MANAGER"]);
    const week = await freshWeek();
    for (let i = 1; i <= 10; i++) await added(week, `Tipp ${i}`);
    expect(await addSurfTip(week, null, form({ label: "Elf", url: "https://example.org/11" }))).toEqual({
      ok: false,
      message: `Die Woche ${week} hat schon 10 Surftipps. Entfernen Sie erst einen.`,
    });
    expect(await labels(week)).toHaveLength(10);
  });

  it("edits label and address; a new address forgets the last link check", async () => {
    await signInAs(["AD_MANAGER"]);
    const week = await freshWeek();
    const id = await added(week, "Telefonspam", "https://www.bundesnetzagentur.de/");
    await db.surfTip.update({ where: { id }, data: { linkStatus: "UNREACHABLE", linkCheckedAt: new Date() } });

    expect(await updateSurfTip(id, null, form({ label: "Telefonspam", url: "https://www.bundesnetzagentur.de/" }))).toEqual({ ok: true, message: "Nichts geändert." });
    expect(await updateSurfTip(id, null, form({ label: "Telefonspam melden", url: "https://www.bundesnetzagentur.de/" }))).toMatchObject({ ok: true });
    expect(await db.surfTip.findUniqueOrThrow({ where: { id } })).toMatchObject({ label: "Telefonspam melden", linkStatus: "UNREACHABLE" });

    expect(await updateSurfTip(id, null, form({ label: "Telefonspam melden", url: "javascript:alert(1)" }))).toMatchObject({ ok: false, fieldErrors: { url: [expect.any(String)] } });
    expect(await updateSurfTip(id, null, form({ label: "Telefonspam melden", url: "https://www.bnetza.de/spam" }))).toMatchObject({ ok: true });
    expect(await db.surfTip.findUniqueOrThrow({ where: { id } })).toMatchObject({ url: "https://www.bnetza.de/spam", linkStatus: null, linkCheckedAt: null });
    const [row] = await db.auditLog.findMany({ where: { action: "surftip.update", targetId: String(id) }, orderBy: { id: "desc" }, take: 1 });
    expect(row.data).toMatchObject({ before: { url: "https://www.bundesnetzagentur.de/" }, after: { url: "https://www.bnetza.de/spam" } });
  });

  it("removes a tip for good, keeping what it was in the audit row", async () => {
    const manager = await signInAs(["AD_MANAGER"]);
    const week = await freshWeek();
    const id = await added(week, "Wohnmobilreisen", "https://www.adac.de/reise-freizeit/");
    await db.surfTip.update({ where: { id }, data: { clicks: 7 } });
    expect(await removeSurfTip(id)).toEqual({ ok: true, message: "„Wohnmobilreisen“ entfernt." });
    expect(await db.surfTip.findUnique({ where: { id } })).toBeNull();
    const [row] = await db.auditLog.findMany({ where: { action: "surftip.delete", targetId: String(id) } });
    expect(row).toMatchObject({ actorId: manager.id, data: { week, label: "Wohnmobilreisen", url: "https://www.adac.de/reise-freizeit/", clicks: 7 } });
    expect(await removeSurfTip(id)).toEqual({ ok: false, message: "Diesen Surftipp gibt es nicht (mehr)." });
  });

  it("leaves weeks that are over as they were", async () => {
    await signInAs(["ADMIN"]);
    const past = addWeeks(current, -1);
    const old = await db.surfTip.create({ data: { isoWeek: past, position: 0, label: "Alt", url: "https://example.org/alt" } });
    const before = await snapshot();
    const refused = { ok: false, message: `Die Woche ${past} ist vorbei und kann nicht mehr geändert werden.` };
    expect(await addSurfTip(past, null, form({ label: "Neu", url: "https://example.org/" }))).toMatchObject(refused);
    expect(await updateSurfTip(old.id, null, form({ label: "Neu", url: "https://example.org/" }))).toEqual(refused);
    expect(await moveSurfTip(old.id, "down")).toEqual(refused);
    expect(await removeSurfTip(old.id)).toEqual(refused);
    expect(await snapshot()).toEqual(before);
  });
});

describe("ordering surf tips", () => {
  beforeEach(() => signOut());

  it("moves a tip up and down by swapping it with its neighbour, and refuses past the ends", async () => {
    const manager = await signInAs(["AD_MANAGER"]);
    const week = await freshWeek();
    const [a, b, c] = [await added(week, "A"), await added(week, "B"), await added(week, "C")];
    expect(await moveSurfTip(c, "up")).toEqual({ ok: true, message: "„C“ steht jetzt auf Platz 2." });
    expect(await labels(week)).toEqual(["A", "C", "B"]);
    expect(await moveSurfTip(a, "down")).toMatchObject({ ok: true });
    expect(await labels(week)).toEqual(["C", "A", "B"]);
    expect(await moveSurfTip(c, "up")).toEqual({ ok: false, message: "„C“ steht schon ganz oben." });
    expect(await moveSurfTip(b, "down")).toEqual({ ok: false, message: "„B“ steht schon ganz unten." });
    const positions = (await db.surfTip.findMany({ where: { isoWeek: week }, orderBy: { position: "asc" } })).map((tip) => tip.position);
    expect(positions).toEqual([0, 1, 2]);
    const [row] = await db.auditLog.findMany({ where: { action: "surftip.move", targetId: String(a) } });
    expect(row).toMatchObject({ actorId: manager.id, data: { week, direction: "down", from: 1, to: 2 } });
  });

  it("tidies equal positions from older data on the way", async () => {
    await signInAs(["AD_MANAGER"]);
    const week = await freshWeek();
    const [a, b] = [await added(week, "A"), await added(week, "B")];
    await db.surfTip.updateMany({ where: { id: { in: [a, b] } }, data: { position: 5 } });
    expect(await moveSurfTip(b, "up")).toMatchObject({ ok: true });
    expect(await labels(week)).toEqual(["B", "A"]);
  });
});

describe("copying a week", () => {
  beforeEach(() => signOut());

  it("copies the list in order into an empty week, with fresh clicks", async () => {
    const manager = await signInAs(["AD_MANAGER"]);
    const [from, to] = [await freshWeek(), await freshWeek()];
    const first = await added(from, "Verbrecherjagt");
    await added(from, "Telefonspam");
    await db.surfTip.update({ where: { id: first }, data: { clicks: 12 } });
    expect(await copySurfTipWeek(from, null, form({ to }))).toEqual({ ok: true, message: `2 Surftipps von ${from} nach ${to} kopiert.`, data: { count: 2 } });
    const copies = await db.surfTip.findMany({ where: { isoWeek: to }, orderBy: { position: "asc" } });
    expect(copies.map((tip) => [tip.label, tip.position, tip.clicks])).toEqual([
      ["Verbrecherjagt", 0, 0],
      ["Telefonspam", 1, 0],
    ]);
    expect(await labels(from)).toEqual(["Verbrecherjagt", "Telefonspam"]);
    const [row] = await db.auditLog.findMany({ where: { action: "surftip.copyWeek", targetId: to } });
    expect(row).toMatchObject({ actorId: manager.id, data: { from, to, replaced: [] } });
  });

  it("refuses a target week that has tips unless told to replace them", async () => {
    await signInAs(["AD_MANAGER"]);
    const [from, to] = [await freshWeek(), await freshWeek()];
    await added(from, "Neu 1");
    await added(from, "Neu 2");
    await added(to, "Schon da");
    const before = await snapshot();
    const message = `Die Woche ${to} hat schon 1 Surftipp. Kreuzen Sie „Vorhandene Surftipps der Zielwoche ersetzen“ an, um sie zu ersetzen.`;
    expect(await copySurfTipWeek(from, null, form({ to }))).toEqual({ ok: false, message, fieldErrors: { replace: [message] } });
    expect(await snapshot()).toEqual(before);

    expect(await copySurfTipWeek(from, null, form({ to, replace: "on" }))).toMatchObject({ ok: true, message: `Die Surftipps der Woche ${to} durch 2 Surftipps aus ${from} ersetzt.` });
    expect(await labels(to)).toEqual(["Neu 1", "Neu 2"]);
    const [row] = await db.auditLog.findMany({ where: { action: "surftip.copyWeek", targetId: to }, orderBy: { id: "desc" }, take: 1 });
    expect(row.data).toMatchObject({ replaced: [{ label: "Schon da" }] });
  });

  it("refuses an empty source, the same week, a past or malformed target", async () => {
    await signInAs(["ADMIN"]);
    const [from, empty] = [await freshWeek(), await freshWeek()];
    await added(from, "Etwas");
    const before = await snapshot();
    expect(await copySurfTipWeek(empty, null, form({ to: from, replace: "on" }))).toEqual({ ok: false, message: `Die Woche ${empty} hat keine Surftipps zum Kopieren.` });
    expect(await copySurfTipWeek(from, null, form({ to: from }))).toMatchObject({ ok: false, fieldErrors: { to: ["Bitte eine andere Woche als die Quellwoche wählen."] } });
    expect(await copySurfTipWeek(from, null, form({ to: addWeeks(current, -2) }))).toMatchObject({ ok: false, fieldErrors: { to: [expect.stringContaining("ist vorbei")] } });
    expect(await copySurfTipWeek(from, null, form({ to: "2026-W99" }))).toMatchObject({ ok: false, fieldErrors: { to: [expect.any(String)] } });
    expect(await snapshot()).toEqual(before);
  });

  it("copies from a week that is over into the coming one", async () => {
    await signInAs(["AD_MANAGER"]);
    const past = addWeeks(current, -3);
    const to = await freshWeek();
    await db.surfTip.deleteMany({ where: { isoWeek: past } }); // the shared test database may hold that week (the volume generator's)
    await db.surfTip.create({ data: { isoWeek: past, position: 0, label: "Bewährt", url: "https://example.org/bewaehrt" } });
    expect(await copySurfTipWeek(past, null, form({ to }))).toMatchObject({ ok: true });
    expect(await labels(to)).toEqual(["Bewährt"]);
  });
});

describe("who may plan surf tips", () => {
  beforeEach(() => signOut());

  const callers: (Role[] | null)[] = [["MODERATOR"], ["EDITOR"], ["EDITOR", "MODERATOR"], null];

  for (const roles of callers) {
    it(`refuses ${roles ? roles.join("+") : "a signed-out caller"} every action and the planner, changing nothing`, async () => {
      await signInAs(["AD_MANAGER"]);
      const week = await freshWeek();
      const target = await added(week, "Ziel");
      await added(week, "Zweites");
      signOut();
      if (roles) await signInAs(roles);
      const expected = roles ? /Berechtigung/ : /Sitzung/;
      const before = await snapshot();

      const results = [
        await addSurfTip(week, null, form({ label: "Eindringling", url: "https://evil.example/" })),
        await updateSurfTip(target, null, form({ label: "Übernommen", url: "https://evil.example/" })),
        await moveSurfTip(target, "down"),
        await removeSurfTip(target),
        await copySurfTipWeek(week, null, form({ to: await freshWeek(), replace: "on" })),
        await checkSurfTipLinksNow(),
      ];
      for (const result of results) expect(result).toEqual({ ok: false, message: expect.stringMatching(expected) });
      await expect(getSurfTipPlanner(week, current)).rejects.toMatchObject({ kind: roles ? "forbidden" : "unauthenticated" });
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe("the planner", () => {
  beforeEach(() => signOut());

  it("lists the week's tips and the current and 12 coming weeks with their counts and flagged links", async () => {
    await signInAs(["AD_MANAGER"]);
    const week = addWeeks(current, 12);
    await db.surfTip.deleteMany({ where: { isoWeek: week } });
    const id = await added(week, "Kaputt", "https://kaputt.example/");
    await added(week, "Heil", "https://heil.example/");
    await db.surfTip.update({ where: { id }, data: { linkStatus: "UNREACHABLE", linkCheckedAt: new Date() } });
    const planner = await getSurfTipPlanner(week, current);
    expect(planner.tips.map((tip) => [tip.label, tip.linkStatus])).toEqual([
      ["Kaputt", "UNREACHABLE"],
      ["Heil", null],
    ]);
    expect(planner.weeks).toHaveLength(13);
    expect(planner.weeks[0].isoWeek).toBe(current);
    expect(planner.weeks.at(-1)).toEqual({ isoWeek: week, count: 2, unreachable: 1 });
    await db.surfTip.deleteMany({ where: { isoWeek: week } });
  });
});
