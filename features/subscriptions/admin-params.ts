/** The subscriber list's filters, from the URL: e-mail search, kind, status, article, and the keyset cursor. */
import { z } from "zod";

export const SUBSCRIPTION_STATUSES = ["PENDING", "CONFIRMED", "UNSUBSCRIBED"] as const;
export const KINDS = ["thread", "newsletter"] as const;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (first(v) === "" || first(v) === undefined ? undefined : first(v)), schema.optional().catch(undefined));

const schema = z.object({
  q: optional(z.string().trim().toLowerCase().max(200)),
  kind: optional(z.enum(KINDS)),
  status: optional(z.enum(SUBSCRIPTION_STATUSES)),
  article: optional(z.coerce.number().int().min(1).max(2_147_483_647)),
  cursor: optional(z.coerce.number().int().min(1).max(2_147_483_647)),
});

export type SubscriptionFilters = z.output<typeof schema>;

/** Unknown or malformed values are dropped (the list shows everything rather than an error page). */
export function parseSubscriptionFilters(params: Record<string, unknown>): SubscriptionFilters {
  return schema.parse(params);
}

export function subscriptionsHref(filters: SubscriptionFilters, path = "/admin/subscriptions") {
  const query = new URLSearchParams(Object.entries(filters).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
