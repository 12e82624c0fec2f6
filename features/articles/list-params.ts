/**
 * The editors' article list keeps its whole state in the URL: `status` (a workflow status or
 * `TRASH`), `inbox` (= "waits for my review"), `section`, `author`, `reviewer`, `q`, `sort`, `dir`
 * and `cursor`. One parser for all of it: a value that does not fit falls back to the default,
 * never an error page. The cursor is opaque to the browser (base64url of the sort key and the id)
 * and is checked as strictly as any other input: a tampered cursor means the first page.
 */
import { z } from "zod";
import { ARTICLE_STATUSES, type ArticleStatus } from "@/features/articles/workflow";

export const ARTICLE_SORTS = ["updated", "publish", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];
export type SortDir = "asc" | "desc";

export const TRASH = "TRASH" as const;
export type ArticleListStatus = ArticleStatus | typeof TRASH;

/** Where the previous page ended: the sort value of its last row (null: no publish time) and its id. */
export type ArticleCursor = { sort: ArticleSort; value: string | null; id: number };

export type ArticleListFilters = {
  status?: ArticleListStatus;
  inbox?: boolean;
  section?: number;
  author?: number;
  reviewer?: number;
  q?: string;
  sort: ArticleSort;
  dir: SortDir;
  cursor?: ArticleCursor;
};

export const DEFAULT_DIR: Record<ArticleSort, SortDir> = { updated: "desc", publish: "desc", title: "asc" };

const MAX_ID = 2_147_483_647;
const idSchema = z.number().int().min(1).max(MAX_ID);
const isoDate = z.iso.datetime({ offset: true });

const cursorPayload = z.discriminatedUnion("s", [
  z.object({ s: z.literal("updated"), v: isoDate, i: idSchema }),
  z.object({ s: z.literal("publish"), v: isoDate.nullable(), i: idSchema }),
  z.object({ s: z.literal("title"), v: z.string().max(500), i: idSchema }),
]);

export function encodeArticleCursor(cursor: ArticleCursor): string {
  return Buffer.from(JSON.stringify({ s: cursor.sort, v: cursor.value, i: cursor.id }), "utf8").toString("base64url");
}

/** The cursor, or undefined for anything that is not one we wrote for this sort. */
export function decodeArticleCursor(value: string, sort: ArticleSort): ArticleCursor | undefined {
  if (value.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
  const parsed = cursorPayload.safeParse(json);
  if (!parsed.success || parsed.data.s !== sort) return undefined;
  return { sort: parsed.data.s, value: parsed.data.v, id: parsed.data.i };
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
const id = optional(z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(idSchema));

const schema = z.object({
  status: optional(z.enum([...ARTICLE_STATUSES, TRASH])),
  inbox: optional(z.literal("1").transform(() => true)),
  section: id,
  author: id,
  reviewer: id,
  q: optional(z.string().trim().min(1).max(100)),
  sort: optional(z.enum(ARTICLE_SORTS)),
  dir: optional(z.enum(["asc", "desc"])),
  cursor: optional(z.string()),
});

type Params = Record<string, string | string[] | undefined>;

export function parseArticleListParams(params: Params | null | undefined): ArticleListFilters {
  const parsed = schema.safeParse(params ?? {});
  const data = parsed.success ? parsed.data : {};
  const sort = data.sort ?? "updated";
  const filters: ArticleListFilters = { sort, dir: data.dir ?? DEFAULT_DIR[sort] };
  // The review inbox is a fixed view: in review, waiting for me. A status in the URL does not change it.
  if (data.inbox) filters.inbox = true;
  else if (data.status) filters.status = data.status;
  for (const key of ["section", "author", "reviewer", "q"] as const) if (data[key] !== undefined) Object.assign(filters, { [key]: data[key] });
  const cursor = data.cursor ? decodeArticleCursor(data.cursor, sort) : undefined;
  if (cursor) filters.cursor = cursor;
  return filters;
}

/** The list URL for these filters; defaults are left out, so the plain list is just /admin/articles. */
export function articleListHref(filters: Partial<Omit<ArticleListFilters, "cursor">> & { cursor?: string }): string {
  const params = new URLSearchParams();
  if (filters.inbox) params.set("inbox", "1");
  else if (filters.status) params.set("status", filters.status);
  for (const key of ["section", "author", "reviewer", "q"] as const) {
    const value = filters[key];
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const sort = filters.sort ?? "updated";
  if (sort !== "updated") params.set("sort", sort);
  if (filters.dir && filters.dir !== DEFAULT_DIR[sort]) params.set("dir", filters.dir);
  if (filters.cursor) params.set("cursor", filters.cursor);
  const query = params.toString();
  return query ? `/admin/articles?${query}` : "/admin/articles";
}
