/**
 * A request body read up to a limit: the stream is cancelled as soon as it passes `maxBytes`, so an
 * oversized (or endless, chunked) body is never held in memory whole, whatever Content-Length claims.
 */
import "server-only";

/** The body's bytes, or null when it is larger than `maxBytes`. */
export async function readBodyUpTo(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, size);
}

/** A form post's fields (multipart or url-encoded), or null when the body is too large or not a form. */
export async function readFormUpTo(request: Request, maxBytes: number): Promise<FormData | null> {
  const bytes = await readBodyUpTo(request, maxBytes);
  if (!bytes) return null;
  try {
    return await new Response(bytes, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return null;
  }
}
