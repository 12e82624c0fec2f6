/**
 * The moderation desk keeps its state in the URL: the queue is the route (/admin/comments/pending …),
 * the rest are search params — `article` (scope to one article), `section`, `q` (text contains),
 * `commenter` (name or e-mail contains), `order` (newest/oldest) and `cursor`. One parser for all of
 * it: a value that does not fit falls back to the default, never an error page; a tampered cursor
 * means the first page. Pure, so the bulk action re-parses the same filter the page showed.
 */
import { z } from "zod";

export const QUEUE_SLUGS = ["pending", "reported", "approved", "rejected", "spam", "deleted"] as const;
export type QueueSlug = (typeof QUEUE_SLUGS)[number];
export const QUEUE_STATUS = { pending: "PENDING", approved: "APPROVED", rejected: "REJECTED", spam: "SPAM", deleted: "DELETED" } as const;

/**
 * A text or name search reads at most this many of the view's newest comments (queue, article,
 * section): a LIKE '%…%' has no index to use, and on the approved queue of millions of comments a
 * rare word kept SQLite — and with it every other request of the instance — busy for seconds.
 */
export const SEARCH_WINDOW = 10_000;

export type DeskCursor = { at: string; id: number };
export type DeskFilters = {
  queue: QueueSlug;
  article?: number;
  section?: number;
  q?: string;
  commenter?: string;
  order: "newest" | "oldest";
  cursor?: DeskCursor;
};

export function isQueueSlug(value: unknown): value is QueueSlug {
  return typeof value === "string" && (QUEUE_SLUGS as readonly string[]).includes(value);
}

const MAX_ID = 2_147_483_647;
const idSchema = z.number().int().min(1).max(MAX_ID);
const cursorPayload = z.object({ t: z.iso.datetime({ offset: true }), i: idSchema });

export function encodeDeskCursor(cursor: DeskCursor): string {
  return Buffer.from(JSON.stringify({ t: cursor.at, i: cursor.id }), "utf8").toString("base64url");
}

export function decodeDeskCursor(value: string): DeskCursor | undefined {
  if (value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  try {
    const parsed = cursorPayload.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { at: parsed.data.t, id: parsed.data.i } : undefined;
  } catch {
    return undefined;
  }
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
const id = optional(z.coerce.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(idSchema));
const text = optional(z.string().trim().min(1).max(100));

const schema = z.object({
  article: id,
  section: id,
  q: text,
  commenter: text,
  order: optional(z.enum(["newest", "oldest"])),
  cursor: optional(z.string()),
});

type Params = Record<string, unknown>;

export function parseDeskParams(queue: QueueSlug, params: Params | null | undefined): DeskFilters {
  const parsed = schema.safeParse(params ?? {});
  const data = parsed.success ? parsed.data : {};
  const filters: DeskFilters = { queue, order: data.order ?? "newest" };
  for (const key of ["article", "section", "q", "commenter"] as const) if (data[key] !== undefined) Object.assign(filters, { [key]: data[key] });
  const cursor = data.cursor ? decodeDeskCursor(data.cursor) : undefined;
  if (cursor) filters.cursor = cursor;
  return filters;
}

/** The search params of these filters (defaults left out), without the queue. */
export function deskQuery(filters: Partial<Omit<DeskFilters, "cursor" | "queue">> & { cursor?: string }): string {
  const params = new URLSearchParams();
  for (const key of ["article", "section", "q", "commenter"] as const) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  if (filters.order === "oldest") params.set("order", "oldest");
  if (filters.cursor) params.set("cursor", filters.cursor);
  const query = params.toString();
  return query ? `?${query}` : "";
}

export function deskHref(queue: QueueSlug, filters: Partial<Omit<DeskFilters, "cursor" | "queue">> & { cursor?: string } = {}): string {
  return `/admin/comments/${queue}${deskQuery(filters)}`;
}
