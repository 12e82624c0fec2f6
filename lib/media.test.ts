import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { imageExists, MAX_IMAGE_BYTES, mediaDir, readImage, storeImage } from "@/lib/media";
import { fileOf as file, PIXEL_PNG } from "@/test/images";

const SHA_OF_PIXEL = `${createHash("sha256").update(PIXEL_PNG).digest("hex")}.png`;

describe("storeImage", () => {
  it("works in a temporary data folder, never the real one", () => {
    expect(path.resolve(env.dataDir)).not.toBe(path.resolve("data"));
  });

  it("stores a PNG under the hash of its content, once", async () => {
    const first = await storeImage(file(PIXEL_PNG, "bild.png", "image/png"));
    expect(first).toMatchObject({ name: SHA_OF_PIXEL, ext: "png", size: PIXEL_PNG.length });
    // The same bytes under another name and type: same file, nothing new on disk.
    const again = await storeImage(file(PIXEL_PNG, "anders.jpg", "image/jpeg"));
    expect(again.name).toBe(first.name);
    const entries = fs.readdirSync(mediaDir());
    expect(entries.filter((e) => e === first.name)).toHaveLength(1);
    expect(entries.filter((e) => e.endsWith(".tmp"))).toEqual([]);
    expect(fs.readFileSync(path.join(mediaDir(), first.name)).equals(PIXEL_PNG)).toBe(true);
    expect(imageExists(first.name)).toBe(true);
  });

  it("refuses a text file named .png, whatever the browser claims", async () => {
    await expect(storeImage(file("Hallo, ich bin kein Bild.", "bild.png", "image/png"))).rejects.toMatchObject({ kind: "unsupported" });
  });

  it("refuses SVG, even with an image type", async () => {
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    await expect(storeImage(file(svg, "bild.svg", "image/svg+xml"))).rejects.toMatchObject({ kind: "svg" });
    await expect(storeImage(file(svg, "bild.png", "image/png"))).rejects.toMatchObject({ kind: "svg" });
  });

  it("refuses other real file types (a PDF)", async () => {
    await expect(storeImage(file("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n", "bild.png", "image/png"))).rejects.toMatchObject({ kind: "unsupported" });
  });

  it("refuses more than 5 MB and an empty file", async () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    PIXEL_PNG.copy(big);
    await expect(storeImage(file(big, "gross.png", "image/png"))).rejects.toMatchObject({ kind: "tooLarge" });
    await expect(storeImage(file(new Uint8Array(), "leer.png", "image/png"))).rejects.toMatchObject({ kind: "empty" });
  });
});

describe("readImage", () => {
  it("finds a stored image with its type and size", async () => {
    const { name } = await storeImage(file(PIXEL_PNG, "bild.png", "image/png"));
    expect(await readImage(name)).toMatchObject({ name, size: PIXEL_PNG.length, contentType: "image/png", path: path.join(mediaDir(), name) });
  });

  it("refuses every name that is not <sha256>.<ext>, before touching the disk", async () => {
    const { name } = await storeImage(file(PIXEL_PNG, "bild.png", "image/png"));
    const hash = name.slice(0, 64);
    // A file outside the media folder that traversal would reach.
    fs.writeFileSync(path.join(env.dataDir, "secret.png"), PIXEL_PNG);
    for (const bad of [
      "../secret.png",
      "..%2Fsecret.png",
      "../../etc/passwd",
      "/etc/passwd",
      `${hash}.png/../../secret.png`,
      `${hash}.PNG`,
      `${hash}.svg`,
      `${hash}.png\0.txt`,
      `${hash}.png `,
      `./${name}`,
      `${hash.toUpperCase()}.png`,
      `${hash.slice(1)}.png`,
      "",
    ]) {
      expect(await readImage(bad), bad).toBeNull();
      expect(imageExists(bad), bad).toBe(false);
    }
  });

  it("answers null for a well-formed name that was never stored", async () => {
    expect(await readImage(`${"0".repeat(64)}.png`)).toBeNull();
    expect(imageExists(`${"0".repeat(64)}.png`)).toBe(false);
  });
});
