import { describe, expect, it } from "vitest";
import { checkBans } from "./bans";
import { checkDuplicate } from "./duplicate";
import { input, fakeContext, NOW } from "./fake-context.test-helper";
import { checkFields } from "./fields";
import { checkFlood } from "./flood";
import { checkHoneypot } from "./honeypot";

const ago = (s: number) => new Date(NOW.getTime() - s * 1000);
const comment = (over: Partial<{ email: string; ipHash: string; articleId: number; body: string; status: string; createdAt: Date }> = {}) => ({
  email: "erika@example.org",
  ipHash: "ip-a",
  articleId: 1,
  body: "Ein sachlicher Beitrag.",
  status: "APPROVED",
  createdAt: ago(3600),
  ...over,
});

describe("honeypot", () => {
  it("discards silently when the hidden field is filled", () => {
    expect(checkHoneypot({ honeypot: "http://spam" })).toEqual({ kind: "DISCARD" });
    expect(checkHoneypot({ honeypot: "" })).toBeNull();
  });
});

describe("fields", () => {
  const settings = { maxLength: 100 };
  it("requires name, e-mail and text", () => {
    expect(checkFields({ name: " ", email: "", body: "" }, settings)).toEqual({ kind: "INVALID", fieldErrors: { name: ["required"], email: ["required"], body: ["required"] } });
  });
  it("refuses text over the maximum length, counting characters not bytes", () => {
    expect(checkFields({ name: "a", email: "b", body: "ä".repeat(100) }, settings)).toBeNull();
    expect(checkFields({ name: "a", email: "b", body: "x".repeat(101) }, settings)).toEqual({ kind: "INVALID", fieldErrors: { body: ["tooLong"] } });
  });
});

describe("bans", () => {
  it("refuses a banned e-mail or IP hash while the ban lasts", async () => {
    const ctx = fakeContext({}, { bans: [{ email: "troll@example.org" }, { ipHash: "ip-bad" }, { email: "old@example.org", expiresAt: ago(1) }] });
    expect(await checkBans(input({ email: "troll@example.org" }), ctx)).toEqual({ kind: "REFUSED", code: "BANNED" });
    expect(await checkBans(input({ ipHash: "ip-bad" }), ctx)).toEqual({ kind: "REFUSED", code: "BANNED" });
    expect(await checkBans(input({ email: "old@example.org" }), ctx)).toBeNull();
    expect(await checkBans(input(), ctx)).toBeNull();
  });
});

describe("flood", () => {
  it("refuses a second comment within floodSeconds by e-mail and by IP hash", async () => {
    const ctx = fakeContext({}, { comments: [comment({ createdAt: ago(5) })] });
    expect(await checkFlood(input(), ctx)).toEqual({ kind: "REFUSED", code: "FLOOD" });
    expect(await checkFlood(input({ ipHash: "ip-other" }), ctx)).toEqual({ kind: "REFUSED", code: "FLOOD" });
    expect(await checkFlood(input({ email: "other@example.org" }), ctx)).toEqual({ kind: "REFUSED", code: "FLOOD" });
    expect(await checkFlood(input({ email: "other@example.org", ipHash: "ip-other" }), ctx)).toBeNull();
  });
  it("lets the next comment through once the window passed, and is off at 0", async () => {
    expect(await checkFlood(input(), fakeContext({}, { comments: [comment({ createdAt: ago(16) })] }))).toBeNull();
    const off = fakeContext({ settings: { ...fakeContext().settings, floodSeconds: 0 } }, { comments: [comment({ createdAt: ago(0) })] });
    expect(await checkFlood(input(), off)).toBeNull();
  });
});

describe("duplicate", () => {
  it("refuses the same normalized text by the same e-mail on the same article within 24 hours", async () => {
    const ctx = fakeContext({}, { comments: [comment({ body: "Ein  sachlicher\nBEITRAG." })] });
    expect(await checkDuplicate(input(), ctx)).toEqual({ kind: "REFUSED", code: "DUPLICATE" });
    expect(await checkDuplicate(input({ body: "Etwas anderes." }), ctx)).toBeNull();
    expect(await checkDuplicate(input({ email: "other@example.org" }), ctx)).toBeNull();
    expect(await checkDuplicate(input(), fakeContext({ article: { id: 2, commentMode: "OPEN" } }, { comments: [comment()] }))).toBeNull();
    expect(await checkDuplicate(input(), fakeContext({}, { comments: [comment({ createdAt: ago(25 * 3600) })] }))).toBeNull();
  });
});
