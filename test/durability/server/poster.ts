/**
 * Reader comment POSTs from many distinct clients at a fixed concurrency, through the article page's
 * form as a browser without JavaScript posts it (scripts/bench/comment-form.ts). Every post carries a
 * unique marker in its text, its own e-mail, idempotency key and X-Forwarded-For address; every fifth
 * also asks for the thread subscription, so its transaction writes subscriber, subscription and outbox
 * rows too. Records which markers were acknowledged (the 303 to the comment's status page, received in
 * full) and how long each answer took.
 */
import { randomBytes } from "node:crypto";
import { acknowledgedCommentId, commentForm, multipart } from "@/scripts/bench/comment-form";

type CommentForm = ReturnType<typeof commentForm>;

export type Ack = { marker: string; id: number; subscribe: boolean; email: string };
export type LoadStats = {
  sent: number;
  acknowledged: Ack[];
  /** Answers by status; 0 = no answer (connection refused or reset). */
  statuses: Map<number, number>;
  latenciesMs: number[];
  /** First few unexpected answers, for the failure message. */
  oddities: string[];
  /** Posts without an answer, by cause (a killed server, or a timeout). */
  errors: Map<string, number>;
};

export const RUN = randomBytes(4).toString("hex");
export const markerPrefix = `Dauertest ${RUN}`;

/** The comment form of the article, read once from the running server. */
export async function formOf(base: string, slug: string) {
  const res = await fetch(`${base}/artikel/${slug}`);
  if (res.status !== 200) throw new Error(`/artikel/${slug} answered ${res.status}`);
  return commentForm(await res.text());
}

let n = 0;

function nextPost(base: string, hidden: [string, string][]) {
  n += 1;
  const id = `${RUN}-${n}`;
  const subscribe = n % 5 === 0;
  const email = `leser-${id}@durability.test`;
  const marker = `${markerPrefix} #${n}#`;
  const { body, contentType } = multipart([
    ...hidden,
    ["idempotencyKey", id],
    ["name", `Leser ${n}`],
    ["email", email],
    ["body", `${marker} Ein sachlicher Kommentar zur Stadtbahn, Nummer ${n}.`],
    ["website", ""],
    ...(subscribe ? ([["subscribe", "on"]] as [string, string][]) : []),
  ]);
  // One address per post, in a block no other test uses (10.<run byte>.x.y): distinct clients.
  const ip = `10.${(RUN.charCodeAt(0) + (n >> 16)) & 255}.${(n >> 8) & 255}.${n & 255}`;
  return { marker, subscribe, email, init: { method: "POST", body: new Uint8Array(body), redirect: "manual" as const, headers: { "content-type": contentType, origin: base, "x-forwarded-for": ip } } };
}

export function emptyStats(): LoadStats {
  return { sent: 0, acknowledged: [], statuses: new Map(), latenciesMs: [], oddities: [], errors: new Map() };
}

/**
 * Keeps `concurrency` posts in flight until `stop()` says so; resolves when the last one has answered.
 * `timeoutMs` bounds a post whose server was killed under it.
 */
export async function postComments(base: string, form: CommentForm, concurrency: number, stop: () => boolean, stats = emptyStats(), timeoutMs = 30_000) {
  const worker = async () => {
    while (!stop()) {
      const post = nextPost(base, form.fields);
      stats.sent += 1;
      const started = performance.now();
      let status = 0;
      let location: string | null = null;
      try {
        const res = await fetch(`${base}${form.action}`, { ...post.init, signal: AbortSignal.timeout(timeoutMs) });
        status = res.status;
        location = res.headers.get("location");
        await res.arrayBuffer(); // acknowledged only once the whole answer has arrived
      } catch (error) {
        status = 0;
        const e = error as Error & { cause?: { code?: string } };
        const cause = `${e.name}${e.cause?.code ? ` ${e.cause.code}` : ""}`;
        stats.errors.set(cause, (stats.errors.get(cause) ?? 0) + 1);
      }
      const ms = performance.now() - started;
      stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
      const id = acknowledgedCommentId(status, location);
      if (id !== null) {
        stats.acknowledged.push({ marker: post.marker, id, subscribe: post.subscribe, email: post.email });
        stats.latenciesMs.push(ms);
      } else if (status !== 0 && stats.oddities.length < 5) stats.oddities.push(`${status} ${location ?? ""}`);
      // Nothing listens while the server restarts: do not spin.
      if (status === 0) await new Promise((r) => setTimeout(r, 50));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return stats;
}

export function percentile(xs: number[], p: number) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

export const count5xx = (s: LoadStats) => [...s.statuses].filter(([code]) => code >= 500).reduce((sum, [, k]) => sum + k, 0);
