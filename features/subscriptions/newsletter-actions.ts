"use server";
/**
 * The newsletter sign-up form (public, no session, works without JavaScript): a valid address gets a
 * confirmation mail (double opt-in), and every valid request gets the same answer page, whether or not
 * the address was known. Limited per client address; the honeypot's answer looks like success.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestNewsletterSubscription } from "@/features/subscriptions/requests";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { kickMailSender } from "@/lib/mail/runner";
import { hit } from "@/lib/rate-limit";
import { requestIpHash } from "@/lib/request-ip";

const LIMIT = { max: 10, windowMs: 10 * 60_000 };
const schema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()),
  website: z.string().max(2000).optional(),
});

export async function signUpForNewsletter(formData: FormData) {
  const parsed = schema.safeParse({ email: formData.get("email") ?? "", website: formData.get("website") ?? undefined });
  if (!parsed.success) redirect("/newsletter?fehler=email");
  if (parsed.data.website?.trim()) redirect("/newsletter/angemeldet");
  const at = await now();
  const ipHash = await requestIpHash();
  if ((await hit({ key: `newsletter:${ipHash}`, windowMs: LIMIT.windowMs }, at)) > LIMIT.max) redirect("/newsletter?fehler=limit");
  const queued = await db.$transaction((tx) => requestNewsletterSubscription(tx, { email: parsed.data.email, ipHash, now: at }));
  if (queued) kickMailSender();
  redirect("/newsletter/angemeldet");
}
