/**
 * The comment form's endpoint (app/(site)/artikel/[slug]/kommentar/route.ts) as its two callers see it:
 * the form with JavaScript (JSON) and a browser without (303 to the status page, or back to the form
 * with the messages and typed values in a flash cookie the form's page reads).
 */
import { describe, expect, it } from "vitest";
// First: it mocks next/headers (the reader's address) before the route loads.
import { freshReader, makeArticle } from "./test-fixtures.test-helper";
import { POST } from "@/app/(site)/artikel/[slug]/kommentar/route";
import { readFlash } from "@/features/comments/form-flash";
import { db } from "@/lib/db";

type Fields = Record<string, string>;

async function post(slug: string, fields: Fields, { json = false, body }: { json?: boolean; body?: BodyInit } = {}) {
  const request = new Request(`http://localhost/artikel/${slug}/kommentar`, {
    method: "POST",
    headers: json ? { accept: "application/json" } : {},
    body: body ?? new URLSearchParams(fields),
  });
  return POST(request, { params: Promise.resolve({ slug }) });
}

const fields = (articleId: number, over: Fields = {}): Fields => {
  const reader = freshReader();
  return { articleId: String(articleId), name: reader.name, email: reader.email, body: "Ein sachlicher Beitrag zur Stadtbahn.", website: "", idempotencyKey: Math.random().toString(36).slice(2), ...over };
};

const flashOf = (res: Response) => /nd-kommentar=([^;]*)/.exec(res.headers.get("set-cookie") ?? "")?.[1];

describe("POST /artikel/<slug>/kommentar", () => {
  it("answers a post without JavaScript with a 303 to the comment's status page, and stores it once", async () => {
    const article = await makeArticle();
    const form = fields(article.id);
    const res = await post(article.slug, form);
    expect(res.status).toBe(303);
    const location = res.headers.get("location") ?? "";
    expect(location).toMatch(new RegExp(`^/artikel/${article.slug}/kommentar/\\d+/[\\w-]+$`));
    // The same form sent twice (a double click, a retry) answers with the same comment.
    expect((await post(article.slug, form)).headers.get("location")).toBe(location);
    expect(await db.comment.count({ where: { articleId: article.id, authorEmail: form.email } })).toBe(1);
  });

  it("answers the form with JavaScript in JSON: where to go, or the field errors with 400", async () => {
    const article = await makeArticle();
    const ok = await post(article.slug, fields(article.id), { json: true });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, location: expect.stringMatching(/\/kommentar\/\d+\//) });
    const bad = await post(article.slug, fields(article.id, { email: "kein-at" }), { json: true });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, fieldErrors: { email: ["Bitte geben Sie eine gültige E-Mail-Adresse an."] } });
    expect(bad.headers.get("cache-control")).toBe("no-store");
  });

  it("sends a refused post without JavaScript back to its form with the message and the typed values", async () => {
    const article = await makeArticle();
    const res = await post(article.slug, fields(article.id, { email: "kein-at", body: "<b>Text bleibt</b>" }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/artikel/${article.slug}/kommentieren`);
    expect(res.headers.get("set-cookie")).toMatch(new RegExp(`Path=/artikel/${article.slug}; Max-Age=600; HttpOnly; SameSite=Lax`));
    const state = readFlash(flashOf(res), null);
    expect(state).toMatchObject({ fieldErrors: { email: ["Bitte geben Sie eine gültige E-Mail-Adresse an."] }, values: { email: "kein-at", body: "<b>Text bleibt</b>" } });
    // The flash belongs to the article's own form, not to a reply form.
    expect(readFlash(flashOf(res), 7)).toBeUndefined();
  });

  it("sends a refused reply back to the reply page of its comment", async () => {
    const article = await makeArticle();
    const res = await post(article.slug, fields(article.id, { parentId: "999999", name: "" }));
    expect(res.headers.get("location")).toBe(`/artikel/${article.slug}/antworten/999999`);
    expect(readFlash(flashOf(res), 999999)?.message).toBeTruthy();
  });

  it("refuses a body over 1 MB without storing anything", async () => {
    const article = await makeArticle();
    const huge = new URLSearchParams(fields(article.id, { body: "x".repeat(1_100_000) }));
    const res = await post(article.slug, {}, { json: true, body: huge });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ ok: false, fieldErrors: { body: [expect.stringContaining("höchstens")] } });
    expect(await db.comment.count({ where: { articleId: article.id } })).toBe(0);
  });

  it("shows nothing from a hand-made cookie that does not fit the form's state", () => {
    const forged = Buffer.from(JSON.stringify({ parentId: null, message: 5, values: {} })).toString("base64url");
    expect(readFlash(forged, null)).toBeUndefined();
    expect(readFlash("%%%", null)).toBeUndefined();
  });
});
