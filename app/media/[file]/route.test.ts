import { describe, expect, it } from "vitest";
import { GET, HEAD } from "@/app/media/[file]/route";
import { storeImage } from "@/lib/media";
import { fileOf, PIXEL_PNG } from "@/test/images";

const call = (handler: typeof GET, file: string, headers: HeadersInit = {}) =>
  handler(new Request(`http://localhost/media/${encodeURIComponent(file)}`, { method: handler === HEAD ? "HEAD" : "GET", headers }), { params: Promise.resolve({ file }) });

describe("GET /media/[file]", () => {
  // Next 16 drops Content-Length from route handler responses on the wire, and next.config's global
  // headers win over the handler's (CSP, nosniff): these assertions cover what the handler answers.
  it("streams a stored image with long caching, its type, length, ETag and a locked-down CSP", async () => {
    const { name } = await storeImage(fileOf(PIXEL_PNG, "bild.png", "image/png"));
    const response = await call(GET, name);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "content-type": "image/png",
      "content-length": String(PIXEL_PNG.length),
      "cache-control": "public, max-age=31536000, immutable",
      etag: `"${name.slice(0, 64)}"`,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
    });
    expect(Buffer.from(await response.arrayBuffer()).equals(PIXEL_PNG)).toBe(true);
  });

  it("answers a revalidation with 304 and HEAD without a body", async () => {
    const { name } = await storeImage(fileOf(PIXEL_PNG, "bild.png", "image/png"));
    const etag = `"${name.slice(0, 64)}"`;
    const revalidated = await call(GET, name, { "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(revalidated.headers.get("etag")).toBe(etag);
    expect(await revalidated.text()).toBe("");

    const head = await call(HEAD, name);
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(PIXEL_PNG.length));
    expect(head.headers.get("content-type")).toBe("image/png");
    expect(await head.text()).toBe("");
  });

  it("is a 404 for unknown and malformed names, traversal included", async () => {
    const { name } = await storeImage(fileOf(PIXEL_PNG, "bild.png", "image/png"));
    for (const bad of ["../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "../../auth-secret", "../newsdesk.db", `${name.slice(0, 64)}.svg`, `${"0".repeat(64)}.png`, `${name}/..`, "index.html"]) {
      const response = await call(GET, bad);
      expect(response.status, bad).toBe(404);
      expect(response.headers.get("cache-control"), bad).toBe("no-store");
      expect(await call(HEAD, bad).then((r) => r.status), bad).toBe(404);
    }
  });
});
