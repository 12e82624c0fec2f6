import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { addBan, addWord, removeBan, removeWord, saveCommentSettings } from "@/features/comments/rules-admin-actions";
import { listBans, listWordLists } from "@/features/comments/rules-admin-queries";
import { endOfBerlinDay, settingBounds } from "@/features/comments/rules-admin-schemas";
import { DEFAULT_COMMENT_SETTINGS, getCommentSettings } from "@/features/comments/settings";
import { makeArticle } from "@/features/comments/test-fixtures.test-helper";
import { db } from "@/lib/db";
import { signInAs, signOut } from "@/test/session";

const unique = () => randomBytes(4).toString("hex");
const hash = () => randomBytes(24).toString("base64url").slice(0, 32);

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, value);
  return data;
}

/** Everything a rules action could change, to prove that a refused call changed nothing. */
async function snapshot() {
  const [words, bans, setting, audit] = await Promise.all([
    db.wordListEntry.findMany({ orderBy: { id: "asc" } }),
    db.ban.findMany({ orderBy: { id: "asc" } }),
    db.setting.findUnique({ where: { key: "comments.rules" } }),
    db.auditLog.count(),
  ]);
  return { words, bans, setting: setting?.value ?? null, audit };
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86400_000).toISOString().slice(0, 10);

describe("word lists", () => {
  beforeEach(() => signOut());

  it("adds a word trimmed and lower-cased, lists it under its kind, audits it and removes it again", async () => {
    const moderator = await signInAs(["MODERATOR"]);
    const word = `Quatsch${unique()}`;
    const added = await addWord(null, form({ kind: "SUSPECT", word: `  ${word.toUpperCase()}  ` }));
    expect(added).toMatchObject({ ok: true, data: { word: word.toLowerCase() } });
    if (!added.ok || !added.data) throw new Error("no data");
    const lists = await listWordLists();
    expect(lists.suspect.map((w) => w.word)).toContain(word.toLowerCase());
    expect(lists.banned.map((w) => w.word)).not.toContain(word.toLowerCase());
    expect(await db.auditLog.findFirst({ where: { action: "comments.word.add", targetId: String(added.data.id) } })).toMatchObject({
      actorId: moderator.id,
      data: { kind: "SUSPECT", word: word.toLowerCase() },
    });

    expect(await removeWord(added.data.id)).toMatchObject({ ok: true });
    expect(await db.wordListEntry.findUnique({ where: { id: added.data.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "comments.word.remove", targetId: String(added.data.id) } })).toBe(1);
    expect(await removeWord(added.data.id)).toEqual({ ok: false, message: "Diesen Eintrag gibt es nicht (mehr)." });
  });

  it("refuses a duplicate in the same list (any letter case) but allows the word on the other list", async () => {
    await signInAs(["ADMIN"]);
    const word = `mist${unique()}`;
    expect(await addWord(null, { kind: "BANNED", word })).toMatchObject({ ok: true });
    const before = await snapshot();
    expect(await addWord(null, { kind: "BANNED", word: ` ${word.toUpperCase()}` })).toMatchObject({
      ok: false,
      fieldErrors: { word: [`„${word}“ steht schon auf dieser Liste.`] },
    });
    expect(await snapshot()).toEqual(before);
    expect(await addWord(null, { kind: "SUSPECT", word })).toMatchObject({ ok: true });
  });

  it("answers bad input with field errors and changes nothing", async () => {
    await signInAs(["MODERATOR"]);
    const before = await snapshot();
    expect(await addWord(null, form({ kind: "BANNED", word: "   " }))).toMatchObject({ ok: false, fieldErrors: { word: ["Bitte geben Sie ein Wort ein."] } });
    expect(await addWord(null, form({ kind: "BANNED", word: "x" }))).toMatchObject({ ok: false, fieldErrors: { word: ["Mindestens 2 Zeichen."] } });
    expect(await addWord(null, form({ kind: "BANNED", word: "y".repeat(61) }))).toMatchObject({ ok: false, fieldErrors: { word: ["Höchstens 60 Zeichen."] } });
    expect(await addWord(null, form({ kind: "BANNED", word: "!!!" }))).toMatchObject({ ok: false, fieldErrors: { word: [expect.stringContaining("Buchstaben")] } });
    expect(await addWord(null, form({ kind: "HARMLESS", word: "gut" }))).toMatchObject({ ok: false, fieldErrors: { kind: [expect.any(String)] } });
    expect(await addWord(null, form({ kind: "BANNED" }))).toMatchObject({ ok: false, fieldErrors: { word: [expect.any(String)] } });
    expect(await removeWord(0)).toMatchObject({ ok: false, fieldErrors: { id: [expect.any(String)] } });
    expect(await snapshot()).toEqual(before);
  });
});

describe("settings", () => {
  beforeEach(() => signOut());

  it("saves the form, reads back through getCommentSettings and audits before and after", async () => {
    const moderator = await signInAs(["MODERATOR"]);
    const before = await getCommentSettings();
    const result = await saveCommentSettings(null, form({ linkLimit: "5", premoderateAll: "on", newCommenterThreshold: "3", floodSeconds: " 30 ", maxLength: "1500" }));
    expect(result).toEqual({ ok: true, message: "Einstellungen gespeichert." });
    const after = { linkLimit: 5, premoderateAll: true, newCommenterThreshold: 3, floodSeconds: 30, maxLength: 1500 };
    expect(await getCommentSettings()).toEqual(after);
    const row = await db.auditLog.findFirst({ where: { action: "comments.settings.update", actorId: moderator.id }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ data: { before, after }, summary: expect.stringContaining(`Höchstzahl Links: ${before.linkLimit} → 5`) });

    // An unticked checkbox is simply missing from the form: the switch goes off.
    expect(await saveCommentSettings(null, form({ linkLimit: "5", newCommenterThreshold: "3", floodSeconds: "30", maxLength: "1500" }))).toMatchObject({ ok: true });
    expect((await getCommentSettings()).premoderateAll).toBe(false);
    // Saving the same values again changes nothing and writes no audit row.
    const audits = await db.auditLog.count({ where: { action: "comments.settings.update" } });
    expect(await saveCommentSettings(null, { linkLimit: 5, premoderateAll: "false", newCommenterThreshold: 3, floodSeconds: 30, maxLength: 1500 })).toEqual({ ok: true, message: "Nichts geändert." });
    expect(await db.auditLog.count({ where: { action: "comments.settings.update" } })).toBe(audits);

    await saveCommentSettings(null, { ...DEFAULT_COMMENT_SETTINGS });
    expect(await getCommentSettings()).toEqual(DEFAULT_COMMENT_SETTINGS);
  });

  it("refuses out-of-range, empty and non-numeric values with a field error each and stores nothing", async () => {
    await signInAs(["ADMIN"]);
    const before = await snapshot();
    const result = await saveCommentSettings(null, form({ linkLimit: "21", newCommenterThreshold: "-1", floodSeconds: "", maxLength: "12abc" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        linkLimit: ["Bitte eine ganze Zahl von 0 bis 20."],
        newCommenterThreshold: ["Bitte eine ganze Zahl von 0 bis 50."],
        floodSeconds: ["Bitte eine ganze Zahl von 0 bis 3600."],
        maxLength: ["Bitte eine ganze Zahl von 100 bis 20000."],
      },
    });
    expect(await saveCommentSettings(null, form({ linkLimit: "2.5", newCommenterThreshold: "1", floodSeconds: "15", maxLength: "99" }))).toMatchObject({
      ok: false,
      fieldErrors: { linkLimit: [expect.any(String)], maxLength: ["Bitte eine ganze Zahl von 100 bis 20000."] },
    });
    expect(await snapshot()).toEqual(before);
    expect(settingBounds("maxLength")).toEqual({ min: 100, max: 20_000 });
  });
});

describe("bans on the rules page", () => {
  beforeEach(() => signOut());

  it("bans an e-mail address (normalized) with reason and last day, lists it, refuses a second ban and lifts it", async () => {
    const moderator = await signInAs(["MODERATOR"]);
    const email = `troll-${unique()}@example.org`;
    const day = isoDay(10);
    const result = await addBan(null, form({ kind: "EMAIL", value: `  ${email.toUpperCase()} `, reason: "  Beleidigungen  ", expiresOn: day }));
    expect(result).toMatchObject({ ok: true, message: `${email} ist gesperrt.` });
    if (!result.ok || !result.data) throw new Error("no data");
    const ban = await db.ban.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(ban).toMatchObject({ kind: "EMAIL", value: email, reason: "Beleidigungen", createdById: moderator.id, expiresAt: endOfBerlinDay(day) });
    expect((await listBans()).email.items.find((b) => b.id === ban.id)).toMatchObject({ shown: email, active: true });
    expect(await db.auditLog.count({ where: { action: "comments.ban.add", targetId: String(ban.id) } })).toBe(1);

    expect(await addBan(null, { kind: "EMAIL", value: email })).toMatchObject({ ok: false, fieldErrors: { value: [`${email} ist schon gesperrt.`] } });
    expect(await removeBan(ban.id)).toMatchObject({ ok: true });
    expect(await db.ban.findUnique({ where: { id: ban.id } })).toBeNull();
    expect(await db.auditLog.count({ where: { action: "comments.ban.remove", targetId: String(ban.id) } })).toBe(1);
    expect(await removeBan(ban.id)).toEqual({ ok: false, message: "Diese Sperre gibt es nicht (mehr)." });
  });

  it("bans an IP hash given whole or as a comment number, and never shows more than 8 characters of it", async () => {
    await signInAs(["MODERATOR"]);
    const full = hash();
    const direct = await addBan(null, { kind: "IP_HASH", value: full });
    expect(direct).toMatchObject({ ok: true, message: `${full.slice(0, 8)}… ist gesperrt.` });
    const listed = (await listBans()).ipHash.items;
    expect(listed.find((b) => b.shown.startsWith(full.slice(0, 8)))).toBeTruthy();
    expect(JSON.stringify(listed)).not.toContain(full);
    const auditRow = await db.auditLog.findFirst({ where: { action: "comments.ban.add" }, orderBy: { id: "desc" } });
    expect(JSON.stringify(auditRow)).not.toContain(full);

    const article = await makeArticle();
    const ipHash = hash();
    const comment = await db.comment.create({ data: { articleId: article.id, authorName: "A", authorEmail: `a-${unique()}@example.org`, ipHash, body: "Hallo" } });
    expect(await addBan(null, { kind: "IP_HASH", value: `#${comment.id}` })).toMatchObject({ ok: true });
    expect(await db.ban.findUnique({ where: { kind_value: { kind: "IP_HASH", value: ipHash } } })).toBeTruthy();
    expect(await addBan(null, { kind: "IP_HASH", value: `${comment.id}` })).toMatchObject({ ok: false, fieldErrors: { value: ["Dieser IP-Hash ist schon gesperrt."] } });
  });

  it("refuses raw IP addresses, bad e-mails, bad or past dates and unknown comments, changing nothing", async () => {
    await signInAs(["ADMIN"]);
    const before = await snapshot();
    expect(await addBan(null, { kind: "IP_HASH", value: "203.0.113.7" })).toMatchObject({ ok: false, fieldErrors: { value: [expect.stringContaining("32 Zeichen")] } });
    expect(await addBan(null, { kind: "EMAIL", value: "kein-at-zeichen" })).toMatchObject({ ok: false, fieldErrors: { value: ["Bitte eine gültige E-Mail-Adresse eingeben."] } });
    expect(await addBan(null, { kind: "EMAIL", value: `x-${unique()}@example.org`, expiresOn: "2024-02-30" })).toMatchObject({ ok: false, fieldErrors: { expiresOn: ["Bitte ein gültiges Datum eingeben."] } });
    expect(await addBan(null, { kind: "EMAIL", value: `x-${unique()}@example.org`, expiresOn: isoDay(-2) })).toMatchObject({ ok: false, fieldErrors: { expiresOn: ["Das Datum liegt in der Vergangenheit."] } });
    expect(await addBan(null, { kind: "EMAIL", value: `x-${unique()}@example.org`, reason: "r".repeat(201) })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await addBan(null, { kind: "IP_HASH", value: "#2000000000" })).toMatchObject({ ok: false, fieldErrors: { value: ["Zu Kommentar #2000000000 gibt es keinen IP-Hash."] } });
    expect(await addBan(null, { kind: "COOKIE", value: "x" })).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });

  it("replaces an expired ban of the same value and marks expired bans in the list", async () => {
    await signInAs(["MODERATOR"]);
    const email = `old-${unique()}@example.org`;
    const old = await db.ban.create({ data: { kind: "EMAIL", value: email, expiresAt: new Date(Date.now() - 1000) } });
    expect((await listBans()).email.items.find((b) => b.id === old.id)).toMatchObject({ active: false });
    expect(await addBan(null, { kind: "EMAIL", value: email, reason: "wieder" })).toMatchObject({ ok: true, data: { id: old.id } });
    expect(await db.ban.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ expiresAt: null, reason: "wieder" });
  });

  it("ends a ban when its last day ends in Berlin (summer and winter time)", () => {
    expect(endOfBerlinDay("2026-07-31").toISOString()).toBe("2026-07-31T22:00:00.000Z");
    expect(endOfBerlinDay("2026-12-31").toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(endOfBerlinDay("2026-03-28").toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });
});

describe("who may change the rules", () => {
  beforeEach(() => signOut());

  it("refuses editors, ad managers and anonymous callers everywhere, changing nothing", async () => {
    await signInAs(["MODERATOR"]);
    const word = await addWord(null, { kind: "SUSPECT", word: `bleibt${unique()}` });
    const ban = await addBan(null, { kind: "EMAIL", value: `bleibt-${unique()}@example.org` });
    if (!word.ok || !word.data || !ban.ok || !ban.data) throw new Error("setup failed");
    for (const roles of [["EDITOR"], ["AD_MANAGER"], null] as const) {
      signOut();
      if (roles) await signInAs([...roles]);
      const before = await snapshot();
      const expected = roles ? "forbidden" : "unauthenticated";
      const results = [
        await addWord(null, { kind: "BANNED", word: "verboten" }),
        await removeWord(word.data.id),
        await saveCommentSettings(null, { ...DEFAULT_COMMENT_SETTINGS, linkLimit: 9 }),
        await addBan(null, { kind: "EMAIL", value: "x@example.org" }),
        await removeBan(ban.data.id),
      ];
      for (const r of results) expect(r, expected).toMatchObject({ ok: false, message: expect.any(String) });
      expect(await snapshot()).toEqual(before);
      await expect(listWordLists()).rejects.toThrow(expected);
      await expect(listBans()).rejects.toThrow(expected);
    }
  });
});
