import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getArticleForEdit, getRevisionPair, listReviewers, listRevisions, listSectionsForSelect, parseArticleIdParam } from "@/features/articles/editor-queries";
import { signInAs, signOut } from "@/test/session";

let sectionId: number;
let n = 0;

async function article(data: { deletedAt?: Date } = {}) {
  n += 1;
  return db.article.create({
    data: { slug: `edit-${n}-${Math.random().toString(36).slice(2)}`, sectionId, byline: "Redaktion", title: `Artikel ${n}`, teaser: "Vorspann", bodyHtml: "<p>Text</p>", ...data },
  });
}

beforeEach(async () => {
  signOut();
  sectionId = (await db.section.create({ data: { name: "Editor", slug: `editor-${Math.random().toString(36).slice(2)}` } })).id;
});

describe("editor queries", () => {
  it("refuse a MODERATOR and anyone signed out", async () => {
    const a = await article();
    await expect(getArticleForEdit(a.id)).rejects.toMatchObject({ kind: "unauthenticated" });
    await signInAs(["MODERATOR"]);
    for (const call of [() => getArticleForEdit(a.id), () => listSectionsForSelect(), () => listReviewers(), () => listRevisions(a.id), () => getRevisionPair(a.id, 1, 1)]) {
      await expect(call()).rejects.toMatchObject({ kind: "forbidden" });
    }
  });

  it("return an article for editing, but never a deleted one", async () => {
    await signInAs(["EDITOR"]);
    const live = await article();
    const deleted = await article({ deletedAt: new Date() });
    expect(await getArticleForEdit(live.id)).toMatchObject({ id: live.id, title: live.title, status: "DRAFT", version: 1, author: null, reviewer: null });
    expect(await getArticleForEdit(deleted.id)).toBeNull();
    expect(await listRevisions(deleted.id)).toEqual([]);
  });

  it("list as reviewers only active editors and admins", async () => {
    const me = await signInAs(["EDITOR"]);
    const admin = await signInAs(["ADMIN"]);
    const moderator = await signInAs(["MODERATOR"]);
    const disabled = await signInAs(["EDITOR"]);
    await db.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } });
    await signInAs(["EDITOR"], { email: me.email });
    const ids = (await listReviewers()).map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([me.id, admin.id]));
    expect(ids).not.toContain(moderator.id);
    expect(ids).not.toContain(disabled.id);
    expect(Object.keys((await listReviewers())[0]).sort()).toEqual(["id", "name"]);
  });

  it("gives two revisions as text for a diff, or null when one is missing", async () => {
    const editor = await signInAs(["EDITOR"]);
    const a = await article();
    await db.articleRevision.createMany({
      data: [
        { articleId: a.id, version: 1, title: "Alt", teaser: "T", bodyHtml: "<p>Erster</p><p>Satz</p>", authorId: editor.id },
        { articleId: a.id, version: 2, title: "Neu", teaser: "T", bodyHtml: "<p>Zweiter <strong>Satz</strong></p>", authorId: editor.id },
      ],
    });
    expect(await getRevisionPair(a.id, 1, 2)).toEqual({
      a: { version: 1, title: "Alt", teaser: "T", text: expect.stringMatching(/^Erster\s*Satz$/) },
      b: { version: 2, title: "Neu", teaser: "T", text: "Zweiter Satz" },
    });
    expect(await getRevisionPair(a.id, 1, 9)).toBeNull();
    expect((await listRevisions(a.id)).map((r) => [r.version, r.author?.name])).toEqual([
      [2, editor.name],
      [1, editor.name],
    ]);
  });

  it("parses route ids strictly", () => {
    expect(parseArticleIdParam("12")).toBe(12);
    for (const bad of ["0", "-1", "abc", "1e3", "12.5", "99999999999"]) expect(parseArticleIdParam(bad)).toBeNull();
  });
});
