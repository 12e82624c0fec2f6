/** What a booking may contain, as the server accepts it. Prices never come from the client. */
import { z } from "zod";
import { safeHttpUrl } from "@/lib/url";

export const MAX_BOOKING_DAYS = 366;
export const HEADLINE_MAX = 60;
export const TEXT_MAX = 200;

const id = z.coerce.number().int().min(1).max(2_147_483_647);

/** A calendar day that exists ("2026-02-30" does not). */
export const daySchema = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "day")
  .refine((d) => {
    const date = new Date(`${d}T12:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === d;
  }, "day");

/** http(s) only, absolute, no credentials: what a reader's click may be sent to. */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(500, "url")
  .refine((v) => {
    const safe = safeHttpUrl(v);
    return safe !== null && !new URL(safe).username && !new URL(safe).password;
  }, "url");

const optionalUrl = z.preprocess((v) => (v === "" || v === null ? undefined : v), httpUrlSchema.optional());

export const creativeSchema = z.object({
  headline: z.string().trim().min(1).max(HEADLINE_MAX),
  text: z.string().trim().min(1).max(TEXT_MAX),
  targetUrl: httpUrlSchema,
  imageUrl: optionalUrl,
});

export const periodSchema = z
  .object({ slotId: id, startDay: daySchema, endDay: daySchema })
  .refine((p) => p.endDay >= p.startDay, { message: "endBeforeStart", path: ["endDay"] })
  .refine((p) => daysIn(p.startDay, p.endDay) <= MAX_BOOKING_DAYS, { message: "tooLong", path: ["endDay"] });

export const advertiserSchema = z.object({
  company: z.string().trim().min(1).max(100),
  contactName: z.string().trim().max(100).default(""),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  phone: z.string().trim().max(40).default(""),
});

/** The public request form ("Werben Sie ab 5 Euro"); the image file is checked by lib/media.ts. */
export const bookingRequestSchema = z.intersection(
  periodSchema,
  creativeSchema.extend(advertiserSchema.shape).extend({
    website: z.string().max(2000).default(""), // honeypot
    idempotencyKey: z.string().max(100).default(""),
  }),
);

export const staffBookingSchema = z.intersection(periodSchema, creativeSchema.extend(advertiserSchema.shape));

/** An ad manager's edit of an advertiser's contact data. */
export const advertiserEditSchema = advertiserSchema.extend({ id });

/** The advertiser list's search: a name or e-mail fragment, and the page's cursor (the last id shown). */
export const advertiserListSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  after: z.coerce.number().int().min(1).max(2_147_483_647).optional().catch(undefined),
});

export const decisionSchema = z.object({ id, note: z.string().trim().max(500).default("") });
export const idSchema = z.object({ id });

/** Inclusive number of days from start to end (day strings). */
export function daysIn(startDay: string, endDay: string): number {
  return Math.round((Date.parse(`${endDay}T12:00:00Z`) - Date.parse(`${startDay}T12:00:00Z`)) / 86_400_000) + 1;
}

/** An ad slot as the slot page edits it; the price is typed in euros ("5" or "5,50") and stored in cents. */
const euros = z
  .string()
  .trim()
  .regex(/^\d{1,5}([.,]\d{1,2})?$/, "price")
  .transform((v) => Math.round(Number(v.replace(",", ".")) * 100));

export const slotSchema = z.object({
  id: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  name: z.string().trim().min(1).max(60),
  width: z.coerce.number().int().min(50).max(2000),
  height: z.coerce.number().int().min(50).max(2000),
  price: euros,
  capacity: z.coerce.number().int().min(1).max(10),
  position: z.coerce.number().int().min(0).max(1000).default(0),
  active: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()),
});
