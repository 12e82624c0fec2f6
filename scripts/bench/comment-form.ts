/**
 * The article page's comment form as a browser without JavaScript posts it: the hidden inputs React
 * renders for the server action, and a multipart body. Shared by the bench (comment_post_rps) and the
 * durability suite's load and kill -9 tests (test/durability/server/).
 */
import { randomBytes } from "node:crypto";

/** The hidden inputs React renders into the comment form for a post without JavaScript ($ACTION_REF, $ACTION_KEY, articleId, ...). */
export function hiddenInputs(html: string): [string, string][] {
  const form = html.slice(html.lastIndexOf("<form", html.indexOf('name="idempotencyKey"')), html.indexOf("</form>", html.indexOf('name="idempotencyKey"')));
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const out: [string, string][] = [];
  for (const m of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    if (!name || name === "idempotencyKey") continue;
    out.push([decode(name), decode(/value="([^"]*)"/.exec(m[0])?.[1] ?? "")]);
  }
  if (!out.some(([n]) => n.startsWith("$ACTION"))) throw new Error("no server action form found on the article page");
  return out;
}

export function multipart(fields: [string, string][]) {
  const boundary = `----form${randomBytes(8).toString("hex")}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: Buffer.from(parts.join("") + `--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** What the action answers a stored comment with (features/comments/reader-actions.ts): a 303 to its status page, /artikel/<slug>/kommentar/<id>/<token>. */
export function acknowledgedCommentId(status: number, location: string | null): number | null {
  if (status !== 303 || !location) return null;
  const m = /\/artikel\/[^/]+\/kommentar\/(\d+)\/[\w-]+(\?|$)/.exec(location);
  return m ? Number(m[1]) : null;
}
