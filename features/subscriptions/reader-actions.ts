"use server";
/**
 * The buttons of the confirm, unsubscribe and manage pages (public, no session; they work without
 * JavaScript). The token is the only input; a bad one changes nothing. Each re-renders the page it was
 * pressed on, which then shows the new state: never a redirect, so a token never appears in a Location
 * header (only malformed input goes to the fixed "invalid" pages).
 */
import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmSubscription, setDigest, unsubscribe } from "@/features/subscriptions/reader";
import { now } from "@/lib/clock";

const tokenSchema = z.string().min(3).max(200).regex(/^[A-Za-z0-9_.-]+$/);

export async function confirmFromMail(formData: FormData) {
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success) redirect("/abo/bestaetigen/ungueltig");
  await confirmSubscription(token.data, await now());
  refresh();
}

export async function unsubscribeFromMail(formData: FormData) {
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success) redirect("/abo/abmelden/ungueltig");
  await unsubscribe(token.data, await now());
  refresh();
}

const deliverySchema = z.object({ manage: tokenSchema, id: z.coerce.number().int().min(1).max(2_147_483_647), digest: z.enum(["0", "1"]) });

export async function setDeliveryFromMail(formData: FormData) {
  const parsed = deliverySchema.safeParse({ manage: formData.get("manage"), id: formData.get("id"), digest: formData.get("digest") });
  if (!parsed.success) redirect("/abo/verwalten/ungueltig");
  await setDigest(parsed.data.manage, parsed.data.id, parsed.data.digest === "1", await now());
  refresh();
}
