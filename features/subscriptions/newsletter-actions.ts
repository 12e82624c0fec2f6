"use server";
/**
 * The newsletter sign-up form (public, no session, works without JavaScript): a valid address gets a
 * confirmation mail (double opt-in), and every valid request gets the same answer page, whether or not
 * the address was known - in the same time, too (lib/steady-timing.ts). Limited per client address; the
 * honeypot's answer looks like success.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { requestNewsletterSubscription } from "@/features/subscriptions/requests";
import { steadily } from "@/lib/steady-timing";
import { now } from "@/lib/clock";
import { db, isUniqueViolation } from "@/lib/db";
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
  const email = parsed.data.email;
  await steadily(async () => {
    if (await withRetry(() => db.$transaction((tx) => requestNewsletterSubscription(tx, { email, ipHash, now: at })))) kickMailSender();
  });
  redirect("/newsletter/angemeldet");
}

/** Two sign-ups of one new address at once: the loser of the subscriber insert tries again and finds it. */
async function withRetry<R>(run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return run();
  }
}
