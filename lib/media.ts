/**
 * Uploaded images (article hero images) on disk, in `${DATA_DIR}/media/`. A file is named after the
 * SHA-256 of its content, so the same image uploaded twice is stored once and a name can be cached
 * forever. The type is sniffed from the bytes (file-type), never taken from the file name or the
 * browser; only raster formats browsers show are accepted (no SVG: it can carry script). Names are
 * checked against one strict pattern before they touch the file system, so no path can be smuggled in.
 */
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import { env } from "@/lib/env";
import { IMAGE_TYPES, isImageName, type ImageExt } from "@/lib/media-names";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export { IMAGE_NAME_PATTERN, IMAGE_TYPES, imageUrl, isImageName, type ImageExt } from "@/lib/media-names";

export type ImageRejection = "empty" | "tooLarge" | "svg" | "unsupported";

/** An upload that is not an image we store; `kind` names why (translated by the caller). */
export class ImageRejectedError extends Error {
  constructor(readonly kind: ImageRejection) {
    super(`image rejected: ${kind}`);
  }
}

export function mediaDir() {
  return path.resolve(env.dataDir, "media");
}

/** Whether a name is well-formed and the file exists (sync, so that zod schemas can use it). */
export function imageExists(name: unknown): boolean {
  if (!isImageName(name)) return false;
  try {
    return fs.statSync(path.join(mediaDir(), name)).isFile();
  } catch {
    return false;
  }
}

// SVG is text, so file-type does not detect it; it is refused anyway, but with a clearer reason.
function looksLikeSvg(bytes: Buffer) {
  return bytes.subarray(0, 4096).toString("utf8").toLowerCase().includes("<svg");
}

/** Checks and stores an uploaded image; returns its (content-derived) file name. */
export async function storeImage(file: File | Blob): Promise<{ name: string; ext: ImageExt; size: number }> {
  if (file.size === 0) throw new ImageRejectedError("empty");
  if (file.size > MAX_IMAGE_BYTES) throw new ImageRejectedError("tooLarge");
  const bytes = Buffer.from(await file.arrayBuffer());
  // The declared size is the client's word; the bytes are not.
  if (bytes.length > MAX_IMAGE_BYTES) throw new ImageRejectedError("tooLarge");
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !(type.ext in IMAGE_TYPES) || type.mime !== IMAGE_TYPES[type.ext as ImageExt]) {
    throw new ImageRejectedError(looksLikeSvg(bytes) ? "svg" : "unsupported");
  }
  const ext = type.ext as ImageExt;
  const name = `${createHash("sha256").update(bytes).digest("hex")}.${ext}`;
  const dir = mediaDir();
  const target = path.join(dir, name);
  await fsp.mkdir(dir, { recursive: true });
  if (await fileExists(target)) return { name, ext, size: bytes.length };

  // Written under a temporary name, flushed, then renamed: a reader never sees half a file, and a
  // crash leaves at most a stray temp file. Two uploads of the same image rename identical bytes.
  const tmp = path.join(dir, `.upload-${randomBytes(8).toString("hex")}.tmp`);
  const handle = await fsp.open(tmp, "wx", 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fsp.rename(tmp, target);
  } catch (error) {
    await fsp.rm(tmp, { force: true });
    throw error;
  }
  return { name, ext, size: bytes.length };
}

async function fileExists(file: string) {
  try {
    return (await fsp.stat(file)).isFile();
  } catch {
    return false;
  }
}

export type StoredImage = { name: string; path: string; size: number; contentType: string; modified: Date };

/** A stored image by name, or null: for anything not matching the strict pattern or not on disk. */
export async function readImage(name: string): Promise<StoredImage | null> {
  if (!isImageName(name)) return null;
  const file = path.join(mediaDir(), name);
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile()) return null;
    const ext = name.slice(name.lastIndexOf(".") + 1) as ImageExt;
    return { name, path: file, size: stat.size, contentType: IMAGE_TYPES[ext], modified: stat.mtime };
  } catch {
    return null;
  }
}
