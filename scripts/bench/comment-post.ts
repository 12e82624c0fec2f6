/**
 * comment_post_rps: reader comments POSTed through the same endpoint the article page's form uses (its
 * route handler, as a browser without JavaScript posts it), each from a distinct commenter: its own
 * e-mail, idempotency key and X-Forwarded-For address (the bench server runs with NEWSDESK_TRUST_PROXY=1,
 * as behind a reverse proxy, so the per-IP flood rule and rate limit see distinct clients).
 */
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import { commentForm, multipart } from "./comment-form";
import { fetchOnce } from "./load";

type Result = { requests: { average: number; total: number }; latency: { p50: number }; errors: number; timeouts: number; "2xx": number; "3xx": number; "4xx": number; "5xx": number };
type Req = { method: string; path: string; headers: Record<string, string>; body: string | Buffer };
const autocannon = createRequire(import.meta.url)("autocannon") as (o: {
  url: string;
  connections: number;
  duration: number;
  requests: { method: string; setupRequest: (req: Req) => Req }[];
}) => Promise<Result>;

export async function measureCommentPost(base: string, slug: string, connections: number, duration: number) {
  const page = await fetchOnce(`${base}/artikel/${slug}`);
  if (page.status !== 200) throw new Error(`/artikel/${slug} answered ${page.status}`);
  const form = commentForm(page.body.toString("utf8"));
  let n = 0;
  const run = randomBytes(1)[0];
  const request = (honeypot = ""): Req => {
    n += 1;
    const id = `${process.pid}-${n}-${randomBytes(3).toString("hex")}`;
    const { body, contentType } = multipart([
      ...form.fields,
      ["idempotencyKey", id],
      ["name", `Bench ${n}`],
      ["email", `bench-${id}@bench.local`],
      ["body", `Lastmessung ${id}: ein sachlicher Kommentar zur Impfschnecke.`],
      ["website", honeypot],
    ]);
    // A fresh block of addresses per run: a re-run within the flood window must not hit the last run's clients.
    const ip = `10.${(run + (n >> 16)) & 255}.${(n >> 8) & 255}.${n & 255}`;
    return { method: "POST", path: form.action, body, headers: { "content-type": contentType, origin: base, "x-forwarded-for": ip } };
  };
  // One probe first: the route must answer with the 303 to the status page, or the figure means nothing.
  const probe = request();
  const res = await fetch(`${base}${probe.path}`, { method: "POST", headers: probe.headers, body: new Uint8Array(probe.body as Buffer), redirect: "manual" });
  await res.arrayBuffer();
  if (res.status !== 303 || !/\/kommentar\//.test(res.headers.get("location") ?? "")) throw new Error(`comment POST answered ${res.status} ${res.headers.get("location") ?? ""}`);
  // Keep what autocannon set up (host and port: without them it sends "Host: undefined:undefined",
  // which the same-origin check refuses as a cross-site post).
  const load = (seconds: number, honeypot = "") =>
    autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: [
        {
          method: "POST",
          setupRequest: (req) => {
            const next = request(honeypot);
            return { ...req, ...next, headers: { ...req.headers, ...next.headers } };
          },
        },
      ],
    });
  // The floor of this endpoint: the same post with the honeypot filled answers at once (no rules, no
  // write), so what it costs is Next.js's handling of a form post.
  const floor = await load(Math.min(5, duration), "ich bin ein bot");
  const r = await load(duration);
  const accepted = r["3xx"];
  const note =
    `POST ${form.action} (the comment form's route handler, multipart as without JavaScript), every request a distinct commenter ` +
    `(own e-mail, idempotency key and X-Forwarded-For, which lib/request-ip.ts trusts as the client address), autocannon ${connections} connections x ${duration} s; ` +
    `p50 ${r.latency.p50} ms, ${r.requests.total} requests, ${accepted} answered 303; ` +
    `the same endpoint with the honeypot filled (Next.js's form-post handling alone, no rules, no write): ${floor.requests.average} req/s, p50 ${floor.latency.p50} ms` +
    (r["4xx"] + r["5xx"] + r.errors + r.timeouts > 0 ? `, ${r["4xx"]} 4xx, ${r["5xx"]} 5xx, ${r.errors + r.timeouts} errors` : "");
  return { value: (accepted / Math.max(1, r.requests.total)) * r.requests.average, note };
}
