/** Tiny valid images for upload tests, built inline (no binary fixtures in the unit tests). */

/** A valid 1×1 PNG (the same bytes as e2e/fixtures/pixel.png). */
export const PIXEL_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

export function fileOf(bytes: Uint8Array | string, name: string, type: string) {
  return new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });
}
