/** The desk's JSON route (app/(admin)/admin/comments/decisions): what a fetch from the desk gets back. */
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/(admin)/admin/comments/decisions/route";
import { db } from "@/lib/db";
import { signInAs, signOut } from "@/test/session";

let articleId: number;

const post = async (body: unknown) => {
  const res = await POST(new Request("http://localhost/admin/comments/decisions", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) }));
  return { status: res.status, body: (await res.json()) as { ok: boolean; message?: string; data?: { done?: number[] } } };
};

const pending = async () =>
  (await db.comment.create({ data: { articleId, authorName: "Leser", authorEmail: "leser@test.local", ipHash: "h", body: "Ein Kommentar", status: "PENDING" }, select: { id: true } })).id;
const statusOf = async (id: number) => (await db.comment.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

beforeEach(async () => {
  signOut();
  const suffix = Math.random().toString(36).slice(2, 10);
  const sectionId = (await db.section.create({ data: { name: `Route ${suffix}`, slug: `route-${suffix}` } })).id;
  articleId = (
    await db.article.create({ data: { slug: `route-${suffix}`, sectionId, byline: "x", title: "Artikel", teaser: "", bodyHtml: "", status: "PUBLISHED", publishAt: new Date() } })
  ).id;
});

describe("POST /admin/comments/decisions", () => {
  it("approves, bulk-rejects and undoes for a moderator, each answered 200 with the desk's message", async () => {
    await signInAs(["MODERATOR"]);
    const [a, b, c] = [await pending(), await pending(), await pending()];
    expect(await post({ command: "decide", id: a, expected: "PENDING", decision: "approve" })).toMatchObject({ status: 200, body: { ok: true, message: "1 Kommentar freigegeben.", data: { done: [a] } } });
    expect(await statusOf(a)).toBe("APPROVED");
    const bulk = await post({ command: "bulk", queue: "pending", decision: "reject", reason: "SPAM", ids: [`${b}:PENDING`, `${c}:PENDING`] });
    expect(bulk).toMatchObject({ status: 200, body: { ok: true } });
    expect([await statusOf(b), await statusOf(c)]).toEqual(["REJECTED", "REJECTED"]);
    expect(await post({ command: "undo" })).toMatchObject({ status: 200, body: { ok: true } });
    expect([await statusOf(b), await statusOf(c)]).toEqual(["PENDING", "PENDING"]);
  });

  it("refuses a stale decision with 409 and who decided it, and changes nothing", async () => {
    await signInAs(["MODERATOR"], { name: "Mia Moderatorin" });
    const id = await pending();
    await post({ command: "decide", id, expected: "PENDING", decision: "approve" });
    await signInAs(["ADMIN"], { name: "Anna Admin" });
    const stale = await post({ command: "decide", id, expected: "PENDING", decision: "spam" });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/Mia Moderatorin/);
    expect(await statusOf(id)).toBe("APPROVED");
  });

  it("answers 401 without a session and 403 to an editor, before anything is decided", async () => {
    const id = await pending();
    const body = { command: "decide", id, expected: "PENDING", decision: "approve" };
    expect((await post(body)).status).toBe(401);
    await signInAs(["EDITOR"]);
    expect(await post(body)).toMatchObject({ status: 403, body: { ok: false, message: "Dafür fehlt Ihnen die Berechtigung." } });
    expect(await statusOf(id)).toBe("PENDING");
  });

  it("answers 400 to a body that is not JSON, an unknown command, a forged status and a missing reason", async () => {
    await signInAs(["MODERATOR"]);
    const id = await pending();
    expect((await post("{not json")).status).toBe(400);
    expect((await post(["decide"])).status).toBe(400);
    expect((await post({ command: "constructor", id })).status).toBe(400);
    expect((await post({ command: "decide", id, expected: "LIVE", decision: "approve" })).status).toBe(400);
    const noReason = await post({ command: "decide", id, expected: "PENDING", decision: "reject" });
    expect(noReason.status).toBe(400);
    expect(await statusOf(id)).toBe("PENDING");
  });
});
