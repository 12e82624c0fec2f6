/**
 * Serves uploaded images from the data folder: /media/<sha256>.<ext>. The name is the content hash,
 * so a response never changes and is cached for a year. Anything not matching the strict name
 * pattern is a 404 before the file system is touched. No database, no session: these are public.
 */
import fs from "node:fs";
import { Readable } from "node:stream";
import { readImage, type StoredImage } from "@/lib/media";

type Context = { params: Promise<{ file: string }> };

/** The headers a 304 repeats; a 200 adds the type and length. */
function cacheHeaders(image: StoredImage) {
  return {
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: `"${image.name.slice(0, image.name.indexOf("."))}"`,
    "Last-Modified": image.modified.toUTCString(),
    "X-Content-Type-Options": "nosniff",
    // An image opened on its own cannot run or load anything, whatever its bytes are.
    "Content-Security-Policy": "default-src 'none'",
  };
}

function notFound() {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" } });
}

function notModified(request: Request, etag: string) {
  const tags = request.headers.get("if-none-match");
  return tags !== null && (tags.trim() === "*" || tags.split(",").some((t) => t.trim().replace(/^W\//, "") === etag));
}

async function serve(request: Request, { params }: Context, withBody: boolean) {
  const image = await readImage((await params).file);
  if (!image) return notFound();
  const cache = cacheHeaders(image);
  if (notModified(request, cache.ETag)) return new Response(null, { status: 304, headers: cache });
  const headers = { ...cache, "Content-Type": image.contentType, "Content-Length": String(image.size) };
  if (!withBody) return new Response(null, { status: 200, headers });
  const body = Readable.toWeb(fs.createReadStream(image.path)) as ReadableStream<Uint8Array>;
  return new Response(body, { status: 200, headers });
}

export function GET(request: Request, context: Context) {
  return serve(request, context, true);
}

export function HEAD(request: Request, context: Context) {
  return serve(request, context, false);
}
