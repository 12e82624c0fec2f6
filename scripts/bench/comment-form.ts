/**
 * The article page's comment form as a browser without JavaScript posts it: its endpoint, its hidden
 * inputs and a multipart body. Shared by the bench (comment_post_rps) and the
 * durability suite's load and kill -9 tests (test/durability/server/).
 */
import { randomBytes } from "node:crypto";

/** The comment form as the article page renders it: where it posts, and its hidden inputs (articleId, ...). */
export function commentForm(html: string): { action: string; fields: [string, string][] } {
  const start = html.lastIndexOf("<form", html.indexOf('name="idempotencyKey"'));
  const form = html.slice(start, html.indexOf("</form>", start));
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const fields: [string, string][] = [];
  for (const m of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    if (!name || name === "idempotencyKey") continue;
    fields.push([decode(name), decode(/value="([^"]*)"/.exec(m[0])?.[1] ?? "")]);
  }
  const action = /^<form[^>]*\saction="([^"]+)"/.exec(form)?.[1];
  if (start < 0 || !action || !fields.some(([n]) => n === "articleId")) throw new Error("no comment form found on the article page");
  return { action: decode(action), fields };
}

export function multipart(fields: [string, string][]) {
  const boundary = `----form${randomBytes(8).toString("hex")}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(parts.join("") + `--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** What the comment route answers a stored comment with (features/comments/post-route.ts): a 303 to its status page, /artikel/<slug>/kommentar/<id>/<token>. */
export function acknowledgedCommentId(status: number, location: string | null): number | null {
  if (status !== 303 || !location) return null;
  const m = /\/artikel\/[^/]+\/kommentar\/(\d+)\/[\w-]+(\?|$)/.exec(location);
  return m ? Number(m[1]) : null;
}
