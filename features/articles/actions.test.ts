import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, restoreRevision, saveArticle, transitionArticle } from "@/features/articles/actions";
import { getLiveArticle } from "@/features/articles/queries";
import { signInAs, signOut } from "@/test/session";

let sectionId: number;
const fields = (over: Record<string, unknown> = {}) => ({ title: "Neuer Radweg in Vaihingen", teaser: "Kurz", bodyHtml: "<p>Text</p>", sectionId, byline: "Redaktion", ...over });

async function created(over: Record<string, unknown> = {}) {
  const r = await createArticle(fields(over));
  if (!r.ok || !r.data) throw new Error(`create failed: ${JSON.stringify(r)}`);
  return r.data;
}

beforeEach(async () => {
  signOut();
  sectionId = (await db.section.create({ data: { name: "Test", slug: `test-${Math.random().toString(36).slice(2)}` } })).id;
});

describe("creating and saving articles", () => {
  it("creates a draft with a German slug, revision 1 and an audit row", async () => {
    const editor = await signInAs(["EDITOR"]);
    const { id } = await created({ title: "Größere Straßenbahn für Möhringen" });
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { revisions: true } });
    expect(article).toMatchObject({ slug: expect.stringMatching(/^groessere-strassenbahn-fuer-moehringen(-\d+)?$/), status: "DRAFT", version: 1, authorId: editor.id });
    expect(article.revisions.map((r) => r.version)).toEqual([1]);
    expect(await db.auditLog.count({ where: { action: "article.create", targetId: String(id), actorId: editor.id } })).toBe(1);
  });

  it("stores sanitized HTML: scripts, handlers and javascript: links never reach the database", async () => {
    await signInAs(["EDITOR"]);
    const { id } = await created({ bodyHtml: '<p onclick="x()">Hallo<script>alert(1)</script> <a href="javascript:alert(1)">Link</a></p>' });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).bodyHtml).toBe("<p>Hallo Link</p>");
  });

  it("gives clear field errors for an unknown section, a taken slug and a bad slug", async () => {
    await signInAs(["EDITOR"]);
    const unknown = await createArticle(fields({ sectionId: 999_999 }));
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { sectionId: ["Dieses Ressort gibt es nicht."] } });
    const first = await created();
    const taken = await createArticle(fields({ slug: (await db.article.findUniqueOrThrow({ where: { id: first.id } })).slug }));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { slug: ["Diese Adresse ist schon vergeben."] } });
    const bad = await createArticle(fields({ slug: "Ä b/c" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
    expect(await db.article.count({ where: { sectionId } })).toBe(1);
  });

  it("refuses a stale save, keeps both texts and tells who saved in between", async () => {
    const anna = await signInAs(["EDITOR"], { name: "Anna" });
    const { id } = await created();
    // Anna and Ben both opened version 1. Ben saves first.
    await signInAs(["EDITOR"], { name: "Ben" });
    expect(await saveArticle({ ...fields({ bodyHtml: "<p>Bens Fassung</p>" }), id, version: 1 })).toMatchObject({ ok: true, data: { version: 2 } });
    // Anna's save on top of version 1 is refused and carries Ben's text.
    await signInAs(["EDITOR"], { email: anna.email });
    const stale = await saveArticle({ ...fields({ bodyHtml: "<p>Annas Fassung</p>" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, message: expect.stringContaining("Ben"), data: { conflict: { version: 2, bodyHtml: "<p>Bens Fassung</p>", savedBy: "Ben" } } });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).bodyHtml).toBe("<p>Bens Fassung</p>");
    // She saves her text on top of Ben's version: nothing of either is lost (both are revisions).
    expect(await saveArticle({ ...fields({ bodyHtml: "<p>Annas Fassung</p>" }), id, version: 2 })).toMatchObject({ ok: true, data: { version: 3 } });
    const revisions = await db.articleRevision.findMany({ where: { articleId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => r.bodyHtml)).toEqual(["<p>Text</p>", "<p>Bens Fassung</p>", "<p>Annas Fassung</p>"]);
  });

  it("lets only one of two simultaneous saves of the same version win", async () => {
    await signInAs(["EDITOR"]);
    const { id } = await created();
    const results = await Promise.all([saveArticle({ ...fields({ title: "A" }), id, version: 1 }), saveArticle({ ...fields({ title: "B" }), id, version: 1 })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.articleRevision.count({ where: { articleId: id } })).toBe(2);
  });

  it("keeps the old URL working when the slug changes", async () => {
    await signInAs(["EDITOR"]);
    const { id } = await created();
    const before = (await db.article.findUniqueOrThrow({ where: { id } })).slug;
    expect(await saveArticle({ ...fields({ slug: `${before}-neu` }), id, version: 1 })).toMatchObject({ ok: true, data: { slug: `${before}-neu` } });
    expect(await db.articleSlugRedirect.findUnique({ where: { slug: before } })).toMatchObject({ articleId: id });
    // The old slug stays reserved for this article.
    expect(await createArticle(fields({ slug: before }))).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
  });

  it("refuses every article action to roles without articles.manage", async () => {
    await signInAs(["EDITOR"]);
    const { id } = await created();
    for (const roles of [["MODERATOR"], ["AD_MANAGER"]] as const) {
      await signInAs([...roles]);
      expect(await createArticle(fields())).toMatchObject({ ok: false, message: expect.stringMatching(/Berechtigung/) });
      expect(await saveArticle({ ...fields({ title: "gekapert" }), id, version: 1 })).toMatchObject({ ok: false });
      expect(await transitionArticle({ id, version: 1, action: "archive" })).toMatchObject({ ok: false });
    }
    signOut();
    expect(await saveArticle({ ...fields({ title: "gekapert" }), id, version: 1 })).toMatchObject({ ok: false, message: expect.stringMatching(/Sitzung/) });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).title).toBe("Neuer Radweg in Vaihingen");
  });
});

describe("workflow", () => {
  it("goes from draft through review to scheduled, live when its time comes", async () => {
    const author = await signInAs(["EDITOR"], { name: "Autorin" });
    const reviewer = await signInAs(["EDITOR"], { name: "Prüfer" });
    await signInAs(["EDITOR"], { email: author.email });
    const { id } = await created();
    expect(await transitionArticle({ id, version: 1, action: "submit", reviewerId: author.id })).toMatchObject({ ok: false, fieldErrors: { reviewerId: [expect.any(String)] } });
    expect(await transitionArticle({ id, version: 1, action: "submit", reviewerId: reviewer.id })).toMatchObject({ ok: true, data: { status: "IN_REVIEW", version: 2 } });
    // The author may not approve their own article.
    const publishAt = new Date(Date.now() + 60_000);
    expect(await transitionArticle({ id, version: 2, action: "publish", publishAt })).toMatchObject({ ok: false, message: expect.stringMatching(/Vier-Augen/) });
    await signInAs(["EDITOR"], { email: reviewer.email });
    expect(await transitionArticle({ id, version: 2, action: "publish", publishAt: new Date(Date.now() - 3_600_000) })).toMatchObject({
      ok: false,
      fieldErrors: { publishAt: ["Der Zeitpunkt liegt in der Vergangenheit."] },
    });
    expect(await transitionArticle({ id, version: 2, action: "publish", publishAt })).toMatchObject({ ok: true, data: { status: "SCHEDULED" } });
    const slug = (await db.article.findUniqueOrThrow({ where: { id } })).slug;
    expect((await getLiveArticle(slug, new Date(publishAt.getTime() - 1000))).article).toBeNull();
    expect((await getLiveArticle(slug, publishAt)).article).not.toBeNull();
    expect(await db.auditLog.findMany({ where: { targetType: "article", targetId: String(id) }, select: { action: true }, orderBy: { id: "asc" } })).toEqual([
      { action: "article.create" },
      { action: "article.submit" },
      { action: "article.publish" },
    ]);
  });

  it("refuses a forged publish of an unreviewed draft by an editor, allows it to an admin", async () => {
    await signInAs(["EDITOR"]);
    const { id } = await created();
    expect(await transitionArticle({ id, version: 1, action: "publish" })).toMatchObject({ ok: false, message: expect.stringMatching(/Administration/) });
    expect((await db.article.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    await signInAs(["ADMIN"]);
    expect(await transitionArticle({ id, version: 1, action: "publish" })).toMatchObject({ ok: true, data: { status: "PUBLISHED" } });
    expect(await transitionArticle({ id, version: 2, action: "unpublish" })).toMatchObject({ ok: true, data: { status: "DRAFT" } });
  });
});

describe("revisions", () => {
  it("restores an old revision as a new one", async () => {
    await signInAs(["EDITOR"]);
    const { id } = await created({ title: "Erste Fassung" });
    await saveArticle({ ...fields({ title: "Zweite Fassung" }), id, version: 1 });
    expect(await restoreRevision({ id, version: 2, revision: 1 })).toMatchObject({ ok: true, data: { version: 3 } });
    const article = await db.article.findUniqueOrThrow({ where: { id }, include: { revisions: { orderBy: { version: "asc" } } } });
    expect(article.title).toBe("Erste Fassung");
    expect(article.revisions.map((r) => [r.version, r.title])).toEqual([
      [1, "Erste Fassung"],
      [2, "Zweite Fassung"],
      [3, "Erste Fassung"],
    ]);
    expect(article.revisions[2].note).toMatch(/Fassung 1/);
  });
});
