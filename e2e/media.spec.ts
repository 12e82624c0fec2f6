/**
 * Hero images as an editor uses them: upload a PNG in the article editor, describe it, save, and find
 * it again after a reload, served from /media with long caching; a text file dressed up as a PNG is
 * refused with a clear message and changes nothing.
 */
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { login, unique, writeArticle } from "./helpers";

const PIXEL = path.join(import.meta.dirname, "fixtures", "pixel.png");

/** The preview has really loaded (not just an <img> pointing at a broken URL). */
async function expectLoaded(page: Page, alt: string) {
  const image = page.getByRole("img", { name: alt });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
}

test("an editor uploads a hero image, describes it, saves, and sees it after a reload", async ({ page }) => {
  test.slow();
  await login(page, "EDITOR");
  await writeArticle(page, `Freibadsaison ${unique()}`);
  await expect(page.getByText("Kein Titelbild gewählt.")).toBeVisible();

  await page.getByLabel("Titelbild").setInputFiles(PIXEL);
  const preview = page.getByTestId("hero-image-preview");
  await expect(preview).toBeVisible();
  const src = await preview.getAttribute("src");
  expect(src).toMatch(/^\/media\/[a-f0-9]{64}\.png$/);

  // An image without a description is not saved.
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Bitte beschreiben Sie das Bild (Alternativtext).")).toBeVisible();

  await page.getByLabel("Bildbeschreibung (Alternativtext)").fill("Ein einzelner grauer Bildpunkt");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Gespeichert.", { exact: true })).toBeVisible();

  await page.reload();
  await expectLoaded(page, "Ein einzelner grauer Bildpunkt");
  await expect(page.getByLabel("Bildbeschreibung (Alternativtext)")).toHaveValue("Ein einzelner grauer Bildpunkt");
  await expect(page.getByTestId("hero-image-preview")).toHaveAttribute("src", src!);

  // Served by content hash: cacheable for a year, never sniffed.
  const response = await page.request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({ "content-type": "image/png", "cache-control": "public, max-age=31536000, immutable", "x-content-type-options": "nosniff", "content-security-policy": "default-src 'none'; frame-ancestors 'none'" });
  expect((await page.request.get("/media/..%2F..%2Fetc%2Fpasswd")).status()).toBe(404);

  // Removing the image and saving clears it.
  await page.getByRole("button", { name: "Bild entfernen" }).click();
  await expect(page.getByText("Kein Titelbild gewählt.")).toBeVisible();
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Gespeichert.", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByText("Kein Titelbild gewählt.")).toBeVisible();
});

test("a text file renamed to .png is refused with a clear message", async ({ page }) => {
  await login(page, "EDITOR");
  await writeArticle(page, `Kein Bild ${unique()}`);
  await page.getByLabel("Titelbild").setInputFiles({ name: "foto.png", mimeType: "image/png", buffer: Buffer.from("Das ist nur Text, kein Bild.\n") });
  await expect(page.getByText("Diese Datei ist kein unterstütztes Bild. Erlaubt sind JPEG, PNG, WebP, GIF und AVIF.")).toBeVisible();
  await expect(page.getByLabel("Titelbild")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("hero-image-preview")).toHaveCount(0);
  await expect(page.getByText("Kein Titelbild gewählt.")).toBeVisible();
});
