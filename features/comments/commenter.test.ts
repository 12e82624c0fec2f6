import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { banCommenter, banCommentIp, unbanCommenter, unbanCommentIp } from "@/features/comments/commenter-actions";
import { COMMENTER_PAGE_SIZE, getCommenterSummary, listCommenterComments, parseCommenterParams } from "@/features/comments/commenter-queries";
import { decodeDeskCursor } from "@/features/comments/desk-params";
import { makeArticle } from "@/features/comments/test-fixtures.test-helper";
import { db } from "@/lib/db";
import { signInAs, signOut } from "@/test/session";

const unique = () => randomBytes(4).toString("hex");
const hash = () => randomBytes(24).toString("base64url").slice(0, 32);

/** A commenter with `n` comments one minute apart (the newest first in the result), cycling through statuses. */
async function commenter(n: number) {
  const article = await makeArticle();
  const email = `vielschreiber-${unique()}@example.org`;
  const statuses = ["APPROVED", "PENDING", "REJECTED", "SPAM", "DELETED", "APPROVED"] as const;
  const base = Date.now() - 86400_000;
  const ipHash = hash();
  await db.comment.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      articleId: article.id,
      authorName: "Viel",
      authorEmail: email,
      ipHash,
      body: `Kommentar ${i} <script>alert(1)</script>`,
      status: statuses[i % statuses.length],
      // Two comments share each timestamp, so the keyset has to break ties by id.
      createdAt: new Date(base + Math.floor(i / 2) * 60_000),
    })),
  });
  // Someone else's comment, which must never show up.
  await db.comment.create({ data: { articleId: article.id, authorName: "Andere", authorEmail: `andere-${unique()}@example.org`, ipHash: hash(), body: "fremd" } });
  return { email, article, ipHash };
}

describe("commenter queries", () => {
  beforeEach(() => signOut());

  it("counts per status and pages through all comments newest first without gaps or repeats", async () => {
    await signInAs(["MODERATOR"]);
    const n = COMMENTER_PAGE_SIZE * 2 + 5;
    const { email, ipHash, article } = await commenter(n);
    const summary = await getCommenterSummary(email);
    expect(summary).toMatchObject({ email, total: n, ban: null, counts: { APPROVED: 21, PENDING: 11, REJECTED: 11, SPAM: 11, DELETED: 11 } });

    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listCommenterComments>> = await listCommenterComments(email, cursor ? decodeDeskCursor(cursor) : undefined);
      pages += 1;
      expect(page.comments.length).toBeLessThanOrEqual(COMMENTER_PAGE_SIZE);
      for (const c of page.comments) {
        expect(c).toMatchObject({ article: { id: article.id, title: article.title }, ipHashShown: ipHash.slice(0, 8), ipBanned: false });
        expect(c).not.toHaveProperty("ipHash");
        seen.push(c.id);
      }
      cursor = page.next;
    } while (cursor);
    expect(pages).toBe(3);
    const all = await db.comment.findMany({ where: { authorEmail: email }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen).toEqual(all.map((c) => c.id));
  });

  it("parses the e-mail parameter strictly (404 for anything else) and degrades a bad cursor to the first page", () => {
    expect(parseCommenterParams({ email: " Leser@Example.org " })).toEqual({ email: "leser@example.org", cursor: undefined });
    expect(parseCommenterParams({ email: ["a@example.org", "b@example.org"], cursor: "kaputt!" })).toEqual({ email: "a@example.org", cursor: undefined });
    for (const email of [undefined, "", "keine-adresse", "a@b", `${"x".repeat(250)}@example.org`, "<script>@x.de"]) expect(parseCommenterParams({ email })).toBeNull();
  });

  it("is refused to editors", async () => {
    await signInAs(["EDITOR"]);
    await expect(getCommenterSummary("a@example.org")).rejects.toThrow("forbidden");
    await expect(listCommenterComments("a@example.org")).rejects.toThrow("forbidden");
  });
});

describe("bans from the commenter view", () => {
  beforeEach(() => signOut());

  it("lets a moderator ban and unban the e-mail address, audited, shown in the summary", async () => {
    const moderator = await signInAs(["MODERATOR"]);
    const { email } = await commenter(2);
    expect(await banCommenter(email, null, { reason: "Spam", expiresOn: "" })).toEqual({ ok: true, message: `${email} ist gesperrt.` });
    expect((await getCommenterSummary(email)).ban).toMatchObject({ reason: "Spam", expiresAt: null });
    const ban = await db.ban.findUniqueOrThrow({ where: { kind_value: { kind: "EMAIL", value: email } } });
    expect(await db.auditLog.findFirst({ where: { action: "comments.ban.add", targetId: String(ban.id) } })).toMatchObject({ actorId: moderator.id });
    expect(await banCommenter(email)).toMatchObject({ ok: false, fieldErrors: { value: [`${email} ist schon gesperrt.`] } });

    expect(await unbanCommenter(email)).toMatchObject({ ok: true });
    expect((await getCommenterSummary(email)).ban).toBeNull();
    expect(await db.auditLog.count({ where: { action: "comments.ban.remove", targetId: String(ban.id) } })).toBe(1);
    expect(await unbanCommenter(email)).toEqual({ ok: false, message: "Diese Sperre gibt es nicht (mehr)." });
  });

  it("bans a comment's stored IP hash by the comment's id and lifts it again", async () => {
    await signInAs(["MODERATOR"]);
    const { email, ipHash } = await commenter(3);
    const [first] = (await listCommenterComments(email)).comments;
    const result = await banCommentIp(first.id, null, { reason: "Sockenpuppen" });
    expect(result).toEqual({ ok: true, message: `${ipHash.slice(0, 8)}… ist gesperrt.` });
    expect(await db.ban.findUnique({ where: { kind_value: { kind: "IP_HASH", value: ipHash } } })).toMatchObject({ reason: "Sockenpuppen" });
    // All comments from that address show the ban.
    expect((await listCommenterComments(email)).comments.every((c) => c.ipBanned)).toBe(true);
    expect(await banCommentIp(first.id)).toMatchObject({ ok: false, fieldErrors: { value: ["Dieser IP-Hash ist schon gesperrt."] } });
    expect(await unbanCommentIp(first.id)).toMatchObject({ ok: true });
    expect((await listCommenterComments(email)).comments.some((c) => c.ipBanned)).toBe(false);
    expect(await banCommentIp(2_000_000_000)).toEqual({ ok: false, message: "Zu Kommentar #2000000000 gibt es keinen IP-Hash." });
    expect(await banCommentIp(0)).toMatchObject({ ok: false, fieldErrors: { commentId: [expect.any(String)] } });
  });

  it("refuses editors and anonymous callers, changing nothing", async () => {
    await signInAs(["MODERATOR"]);
    const { email } = await commenter(1);
    const [c] = (await listCommenterComments(email)).comments;
    for (const roles of [["EDITOR"], ["AD_MANAGER"], null] as const) {
      signOut();
      if (roles) await signInAs([...roles]);
      const bans = await db.ban.count();
      for (const r of [await banCommenter(email), await unbanCommenter(email), await banCommentIp(c.id), await unbanCommentIp(c.id)]) expect(r).toMatchObject({ ok: false });
      expect(await db.ban.count()).toBe(bans);
    }
  });
});
