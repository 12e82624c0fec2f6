import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArticle, saveArticle } from "@/features/articles/actions";
import { uploadImage } from "@/features/media/actions";
import { fileOf, PIXEL_PNG } from "@/test/images";
import { signInAs, signOut } from "@/test/session";

const PIXEL_NAME = `${createHash("sha256").update(PIXEL_PNG).digest("hex")}.png`;

function form(file: File) {
  const data = new FormData();
  data.set("file", file);
  return data;
}

let sectionId: number;
const fields = (over: Record<string, unknown> = {}) => ({ title: "Neues Freibad in Feuerbach", teaser: "Kurz", bodyHtml: "<p>Text</p>", sectionId, byline: "Redaktion", ...over });

async function uploaded() {
  const result = await uploadImage(form(fileOf(PIXEL_PNG, "freibad.png", "image/png")));
  if (!result.ok || !result.data) throw new Error(`upload failed: ${JSON.stringify(result)}`);
  return result.data;
}

beforeEach(async () => {
  signOut();
  sectionId = (await db.section.create({ data: { name: "Test", slug: `test-${Math.random().toString(36).slice(2)}` } })).id;
});

describe("uploadImage", () => {
  it("stores an editor's PNG under its content hash, audited", async () => {
    const editor = await signInAs(["EDITOR"]);
    const result = await uploadImage(form(fileOf(PIXEL_PNG, "freibad.png", "image/png")));
    expect(result).toEqual({ ok: true, message: "Bild hochgeladen.", data: { name: PIXEL_NAME, url: `/media/${PIXEL_NAME}` } });
    expect(await db.auditLog.findFirst({ where: { action: "media.upload", actorId: editor.id }, orderBy: { id: "desc" } })).toMatchObject({
      targetType: "media",
      targetId: PIXEL_NAME,
      data: { originalName: "freibad.png", size: PIXEL_PNG.length, type: "png" },
    });
  });

  it("refuses moderators and anonymous callers, storing nothing", async () => {
    await signInAs(["MODERATOR"]);
    expect(await uploadImage(form(fileOf(PIXEL_PNG, "x.png", "image/png")))).toEqual({ ok: false, message: "Dafür fehlt Ihnen die Berechtigung." });
    signOut();
    expect(await uploadImage(form(fileOf(PIXEL_PNG, "x.png", "image/png")))).toMatchObject({ ok: false, message: expect.stringContaining("Sitzung") });
  });

  it("answers with field errors for a disguised text file, an SVG, a big file and no file", async () => {
    await signInAs(["EDITOR"]);
    expect(await uploadImage(form(fileOf("kein Bild", "bild.png", "image/png")))).toMatchObject({ ok: false, fieldErrors: { file: [expect.stringContaining("kein unterstütztes Bild")] } });
    expect(await uploadImage(form(fileOf('<svg xmlns="http://www.w3.org/2000/svg"/>', "bild.svg", "image/svg+xml")))).toMatchObject({
      ok: false,
      fieldErrors: { file: [expect.stringContaining("SVG")] },
    });
    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    PIXEL_PNG.copy(big);
    expect(await uploadImage(form(fileOf(big, "gross.png", "image/png")))).toMatchObject({ ok: false, fieldErrors: { file: ["Das Bild ist größer als 5 MB."] } });
    expect(await uploadImage(new FormData())).toMatchObject({ ok: false, fieldErrors: { file: [expect.any(String)] } });
  });
});

describe("saving an article with a hero image", () => {
  it("saves a stored image with its description, in the article and its revision", async () => {
    await signInAs(["EDITOR"]);
    const { name } = await uploaded();
    const created = await createArticle(fields());
    if (!created.ok || !created.data) throw new Error("create failed");
    const { id } = created.data;
    const saved = await saveArticle({ ...fields(), id, version: 1, heroImage: name, heroAlt: "Kinder springen vom Dreimeterbrett" });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await db.article.findUniqueOrThrow({ where: { id }, select: { heroImage: true, heroAlt: true } })).toEqual({ heroImage: name, heroAlt: "Kinder springen vom Dreimeterbrett" });
    const revision = await db.articleRevision.findUniqueOrThrow({ where: { articleId_version: { articleId: id, version: 2 } } });
    expect(revision.data).toMatchObject({ heroImage: name, heroAlt: "Kinder springen vom Dreimeterbrett" });
    // Removing the image (an empty name) clears it.
    expect(await saveArticle({ ...fields(), id, version: 2, heroImage: "", heroAlt: "" })).toMatchObject({ ok: true });
    expect(await db.article.findUniqueOrThrow({ where: { id }, select: { heroImage: true, heroAlt: true } })).toEqual({ heroImage: null, heroAlt: null });
  });

  it("refuses names that are not stored images with a field error, and an image without description", async () => {
    await signInAs(["EDITOR"]);
    const { name } = await uploaded();
    const created = await createArticle(fields());
    if (!created.ok || !created.data) throw new Error("create failed");
    const { id } = created.data;
    for (const heroImage of [`${"0".repeat(64)}.png`, "../auth-secret", "/etc/passwd", "newsdesk.db", `${name}/../../auth-secret`]) {
      const result = await saveArticle({ ...fields(), id, version: 1, heroImage, heroAlt: "Beschreibung" });
      expect(result, heroImage).toMatchObject({ ok: false, fieldErrors: { heroImage: [expect.stringContaining("Bild")] } });
    }
    expect(await saveArticle({ ...fields(), id, version: 1, heroImage: name, heroAlt: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { heroAlt: ["Bitte beschreiben Sie das Bild (Alternativtext)."] },
    });
    expect(await createArticle(fields({ heroImage: `${"0".repeat(64)}.png`, heroAlt: "x" }))).toMatchObject({ ok: false, fieldErrors: { heroImage: [expect.any(String)] } });
    expect(await db.article.findUniqueOrThrow({ where: { id }, select: { heroImage: true, version: true } })).toEqual({ heroImage: null, version: 1 });
  });
});
