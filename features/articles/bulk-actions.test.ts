import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bulkArticleAction } from "@/features/articles/bulk-actions";
import { listArticles } from "@/features/articles/list";
import { parseArticleListParams } from "@/features/articles/list-params";
import type { ArticleStatus } from "@/features/articles/workflow";
import { signInAs, signOut } from "@/test/session";

let sectionId: number;

async function article(title: string, over: { status?: ArticleStatus; authorId?: number | null; reviewerId?: number | null; publishAt?: Date | null; deletedAt?: Date | null } = {}) {
  const slug = `bulk-${Math.random().toString(36).slice(2, 10)}`;
  return db.article.create({ data: { slug, sectionId, byline: "Redaktion", title, teaser: "", bodyHtml: "<p>x</p>", status: "DRAFT", ...over }, select: { id: true } });
}

const state = (id: number) => db.article.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, deletedAt: true, publishAt: true } });

beforeEach(async () => {
  signOut();
  sectionId = (await db.section.create({ data: { name: "Bulk", slug: `bulk-${Math.random().toString(36).slice(2)}` } })).id;
});

describe("bulkArticleAction", () => {
  it("publishes what the four-eyes rules allow, skips the rest and says why, with one audit row", async () => {
    const author = await signInAs(["EDITOR"], { name: "Autorin" });
    const me = await signInAs(["EDITOR"], { name: "Prüfer" });
    const theirs = await article("Fremder Artikel in Prüfung", { status: "IN_REVIEW", authorId: author.id, reviewerId: me.id });
    const future = new Date(Date.now() + 86_400_000);
    const planned = await article("Geplanter Artikel", { status: "IN_REVIEW", authorId: author.id, reviewerId: me.id, publishAt: future });
    const mine = await article("Eigener Artikel", { status: "IN_REVIEW", authorId: me.id, reviewerId: author.id });
    const draft = await article("Ungeprüfter Entwurf", { authorId: author.id });

    const result = await bulkArticleAction({ action: "publish", ids: [theirs.id, planned.id, mine.id, draft.id, 999_999_999] });
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^2 Artikel veröffentlicht oder geplant\. 3 übersprungen: /);
    expect(result.message).toContain("„Eigener Artikel“ (eigener Artikel, Vier-Augen-Prinzip)");
    expect(result.message).toContain("„Ungeprüfter Entwurf“ (ungeprüfter Entwurf, nur die Administration)");
    expect(result.message).toContain("„#999999999“ (nicht gefunden)");
    expect(result.data).toMatchObject({
      done: [theirs.id, planned.id],
      skipped: [
        { id: mine.id, reason: "fourEyes" },
        { id: draft.id, reason: "adminOnly" },
        { id: 999_999_999, reason: "notFound" },
      ],
    });

    expect(await state(theirs.id)).toMatchObject({ status: "PUBLISHED", version: 2 });
    expect(await state(planned.id)).toMatchObject({ status: "SCHEDULED", version: 2, publishAt: future });
    expect(await state(mine.id)).toMatchObject({ status: "IN_REVIEW", version: 1 });
    expect(await state(draft.id)).toMatchObject({ status: "DRAFT", version: 1 });

    const audits = await db.auditLog.findMany({ where: { action: "article.bulk.publish", actorId: me.id } });
    expect(audits).toHaveLength(1);
    expect(audits[0].data).toMatchObject({
      ids: [theirs.id, planned.id],
      changes: [
        { id: theirs.id, from: "IN_REVIEW", to: "PUBLISHED" },
        { id: planned.id, from: "IN_REVIEW", to: "SCHEDULED" },
      ],
    });

    // Publishing again changes nothing: already published.
    const again = await bulkArticleAction({ action: "publish", ids: [theirs.id] });
    expect(again).toMatchObject({ ok: false, data: { done: [], skipped: [{ id: theirs.id, reason: "unchanged" }] } });
    expect(await db.auditLog.count({ where: { action: "article.bulk.publish", actorId: me.id } })).toBe(1);
  });

  it("unpublishes back to draft and archives, as the single transition does", async () => {
    await signInAs(["EDITOR"]);
    const live = await article("Live", { status: "PUBLISHED", publishAt: new Date(Date.now() - 1000) });
    const draft = await article("Entwurf");
    const unpublished = await bulkArticleAction({ action: "unpublish", ids: [live.id, draft.id] });
    expect(unpublished.data).toMatchObject({ done: [live.id], skipped: [{ id: draft.id, reason: "wrongState" }] });
    expect(await state(live.id)).toMatchObject({ status: "DRAFT", version: 2 });
    const archived = await bulkArticleAction({ action: "archive", ids: [live.id, draft.id] });
    expect(archived).toMatchObject({ ok: true, message: "2 Artikel archiviert.", data: { done: [live.id, draft.id], skipped: [] } });
    expect(await state(live.id)).toMatchObject({ status: "ARCHIVED", version: 3 });
  });

  it("moves articles to the trash and back, via a form post with one or several boxes", async () => {
    await signInAs(["EDITOR"]);
    const a = await article("Weg damit", { status: "PUBLISHED", publishAt: new Date(Date.now() - 1000) });
    const b = await article("Auch weg");
    const form = new FormData();
    form.append("action", "trash");
    form.append("ids", String(a.id));
    form.append("ids", String(b.id));
    expect(await bulkArticleAction(null, form)).toMatchObject({ ok: true, message: "2 Artikel in den Papierkorb gelegt." });
    expect((await state(a.id)).deletedAt).toBeInstanceOf(Date);
    expect(await state(a.id)).toMatchObject({ status: "PUBLISHED", version: 2 });
    const view = async (status?: string) => (await listArticles(parseArticleListParams({ section: String(sectionId), ...(status ? { status } : {}) }))).articles.map((x) => x.id);
    expect(await view()).toEqual([]);
    expect((await view("TRASH")).sort()).toEqual([a.id, b.id].sort());

    // Workflow steps do not apply inside the trash.
    expect((await bulkArticleAction({ action: "archive", ids: [a.id] })).data).toMatchObject({ skipped: [{ reason: "inTrash" }] });

    const one = new FormData();
    one.append("action", "untrash");
    one.append("ids", String(a.id));
    expect(await bulkArticleAction(null, one)).toMatchObject({ ok: true, message: "1 Artikel wiederhergestellt." });
    expect(await state(a.id)).toMatchObject({ deletedAt: null, status: "PUBLISHED", version: 3 });
    expect(await view()).toEqual([a.id]);
    expect((await bulkArticleAction({ action: "untrash", ids: [a.id] })).data).toMatchObject({ skipped: [{ reason: "notInTrash" }] });
    expect(await db.auditLog.count({ where: { action: { in: ["article.bulk.trash", "article.bulk.untrash"] } } })).toBeGreaterThanOrEqual(2);
  });

  it("refuses bad input: no ids, more than 500, unknown actions", async () => {
    await signInAs(["EDITOR"]);
    expect(await bulkArticleAction({ action: "trash", ids: [] })).toMatchObject({ ok: false, fieldErrors: { ids: [expect.any(String)] } });
    expect(await bulkArticleAction({ action: "trash", ids: Array.from({ length: 501 }, (_, i) => i + 1) })).toMatchObject({ ok: false, fieldErrors: { ids: [expect.any(String)] } });
    expect(await bulkArticleAction({ action: "delete", ids: [1] })).toMatchObject({ ok: false, fieldErrors: { action: [expect.any(String)] } });
    expect(await bulkArticleAction({ action: "trash", ids: ["abc"] })).toMatchObject({ ok: false });
  });

  it("refuses a moderator and nothing changes", async () => {
    await signInAs(["EDITOR"]);
    const a = await article("Bleibt", { status: "PUBLISHED", publishAt: new Date(Date.now() - 1000) });
    await signInAs(["MODERATOR"]);
    for (const action of ["publish", "unpublish", "archive", "trash", "untrash"]) {
      expect(await bulkArticleAction({ action, ids: [a.id] })).toMatchObject({ ok: false, message: expect.stringMatching(/Berechtigung/) });
    }
    expect(await state(a.id)).toMatchObject({ status: "PUBLISHED", version: 1, deletedAt: null });
  });
});
