import { describe, expect, it } from "vitest";
import { input, fakeContext } from "./fake-context.test-helper";
import { evaluateComment } from "./index";
import { linkReasons } from "./links";
import { newCommenterReasons } from "./new-commenter";
import { premoderationReasons } from "./premoderation";
import { bannedWordReasons, suspectWordReasons } from "./words";

const settings = fakeContext().settings;
const approved = { email: "erika@example.org", ipHash: "ip-x", articleId: 9, body: "alt", status: "APPROVED", createdAt: new Date("2026-01-01") };

describe("word lists", () => {
  const ctx = fakeContext({ words: { banned: ["Schwachkopf"], suspect: ["Lüge", "betrug"] } });
  it("reports banned and suspect words with the word as detail", () => {
    expect(bannedWordReasons("Du schwachkopf!", ctx)).toEqual([{ code: "BANNED_WORD", detail: "Schwachkopf" }]);
    expect(suspectWordReasons("Alles LÜGE und Betrug.", ctx)).toEqual([
      { code: "SUSPECT_WORD", detail: "Lüge" },
      { code: "SUSPECT_WORD", detail: "betrug" },
    ]);
    expect(suspectWordReasons("Lügengeschichten, Betrüger", ctx)).toEqual([]);
  });
});

describe("links", () => {
  it("holds more links than the limit, with the count as detail", () => {
    const ctx = fakeContext({ settings: { ...settings, linkLimit: 2 } });
    expect(linkReasons("https://a.de https://b.de", ctx)).toEqual([]);
    expect(linkReasons("https://a.de https://b.de www.c.de", ctx)).toEqual([{ code: "LINK_LIMIT", detail: "3 Links" }]);
  });
});

describe("pre-moderation", () => {
  it("holds on a pre-moderated article and with site-wide pre-moderation", () => {
    expect(premoderationReasons(fakeContext())).toEqual([]);
    expect(premoderationReasons(fakeContext({ article: { id: 1, commentMode: "PREMODERATED" } }))).toEqual([{ code: "PREMODERATED_ARTICLE" }]);
    expect(premoderationReasons(fakeContext({ settings: { ...settings, premoderateAll: true } }))).toEqual([{ code: "PREMODERATED_SITE" }]);
  });
});

describe("new commenter", () => {
  it("holds until the threshold of approved comments is reached; 0 turns it off", async () => {
    expect(await newCommenterReasons(input(), fakeContext())).toEqual([{ code: "NEW_COMMENTER" }]);
    expect(await newCommenterReasons(input(), fakeContext({}, { comments: [approved] }))).toEqual([]);
    expect(await newCommenterReasons(input(), fakeContext({ settings: { ...settings, newCommenterThreshold: 2 } }, { comments: [approved] }))).toEqual([{ code: "NEW_COMMENTER" }]);
    expect(await newCommenterReasons(input(), fakeContext({ settings: { ...settings, newCommenterThreshold: 0 } }))).toEqual([]);
  });
});

describe("evaluateComment", () => {
  const known = { comments: [approved] };
  it("approves a known commenter's clean comment on a post-moderated article", async () => {
    expect(await evaluateComment(input(), fakeContext({}, known))).toEqual({ kind: "ACCEPTED", status: "APPROVED", heldReasons: [] });
  });
  it("rejects on a banned word before any hold reason", async () => {
    const ctx = fakeContext({ words: { banned: ["mist"], suspect: ["lüge"] }, article: { id: 1, commentMode: "PREMODERATED" } }, known);
    expect(await evaluateComment(input({ body: "Mist und Lüge" }), ctx)).toEqual({ kind: "ACCEPTED", status: "REJECTED", heldReasons: [{ code: "BANNED_WORD", detail: "mist" }] });
  });
  it("collects every hold reason", async () => {
    const ctx = fakeContext({ words: { banned: [], suspect: ["lüge"] }, article: { id: 1, commentMode: "PREMODERATED" }, settings: { ...settings, linkLimit: 0, premoderateAll: true } });
    const outcome = await evaluateComment(input({ body: "Lüge! https://x.de" }), ctx);
    expect(outcome).toEqual({
      kind: "ACCEPTED",
      status: "PENDING",
      heldReasons: [{ code: "SUSPECT_WORD", detail: "lüge" }, { code: "LINK_LIMIT", detail: "1 Links" }, { code: "PREMODERATED_ARTICLE" }, { code: "PREMODERATED_SITE" }, { code: "NEW_COMMENTER" }],
    });
  });
  it("stops at the first gate: honeypot before fields before bans", async () => {
    const ctx = fakeContext({}, { bans: [{ email: "erika@example.org" }] });
    expect(await evaluateComment(input({ honeypot: "x", body: "" }), ctx)).toEqual({ kind: "DISCARD" });
    expect((await evaluateComment(input({ body: "" }), ctx)).kind).toBe("INVALID");
    expect(await evaluateComment(input(), ctx)).toEqual({ kind: "REFUSED", code: "BANNED" });
  });
});
