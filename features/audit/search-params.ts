/**
 * The audit log's list state lives in the URL (`action`, `actorId`, `targetType`, `q`, `cursor`).
 * One parser for all of it: a value that does not fit is dropped, never an error page.
 */
import { z } from "zod";

/**
 * A summary search reads only the newest entries of the view (the log filtered by action, person and
 * target type), as the desk's search does: the log grows by one row per decision, and an unindexed
 * LIKE over millions of them held up every request of the instance for seconds. Older entries are
 * reached by narrowing the view first (an action or a person).
 */
export const AUDIT_SEARCH_WINDOW = 10_000;

export type AuditCursor = { createdAt: Date; id: number };

export type AuditFilters = {
  action?: string;
  actorId?: number;
  targetType?: string;
  q?: string;
  cursor?: AuditCursor;
};

/** "<epoch ms>.<id>": opaque enough, and both halves are needed for the keyset. */
export function encodeCursor({ createdAt, id }: AuditCursor): string {
  return `${createdAt.getTime()}.${id}`;
}

export function decodeCursor(value: string): AuditCursor | undefined {
  const match = /^(\d{1,15})\.(\d{1,10})$/.exec(value);
  if (!match) return undefined;
  const createdAt = new Date(Number(match[1]));
  const id = Number(match[2]);
  if (Number.isNaN(createdAt.getTime()) || id < 1 || id > 2_147_483_647) return undefined;
  return { createdAt, id };
}

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

const schema = z.object({
  action: optional(z.string().trim().regex(/^[a-z0-9_.-]{1,64}$/i)),
  actorId: optional(z.string().regex(/^[1-9]\d{0,9}$/).transform(Number).pipe(z.number().max(2_147_483_647))),
  targetType: optional(z.string().trim().regex(/^[a-z0-9_.-]{1,64}$/i)),
  q: optional(z.string().trim().min(1).max(100)),
  cursor: optional(z.string().transform((v, ctx) => decodeCursor(v) ?? (ctx.addIssue({ code: "custom", message: "cursor" }), z.NEVER))),
});

export function parseAuditSearchParams(params: Record<string, string | string[] | undefined>): AuditFilters {
  const parsed = schema.safeParse(params ?? {});
  const data = parsed.success ? parsed.data : {};
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) as AuditFilters;
}

/** The URL of a list page with these filters (undefined values left out). */
export function auditHref(filters: Omit<AuditFilters, "cursor"> & { cursor?: string }): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== "") params.set(key, String(value));
  const query = params.toString();
  return query ? `/admin/audit?${query}` : "/admin/audit";
}
