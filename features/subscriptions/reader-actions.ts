"use server";
/**
 * The buttons of the confirm, unsubscribe and manage pages (public, no session; they work without
 * JavaScript). The token is the only input; a bad one changes nothing. Each answers with a redirect
 * back to its page, which then shows the new state.
 */
import { redirect } from "next/navigation";
import { z } from "zod";
import { confirmSubscription, unsubscribe } from "@/features/subscriptions/reader";
import { now } from "@/lib/clock";

const tokenSchema = z.string().min(3).max(200).regex(/^[A-Za-z0-9_.-]+$/);
const backSchema = z.enum(["unsubscribe", "manage"]);

export async function confirmFromMail(formData: FormData) {
  const token = tokenSchema.safeParse(formData.get("token"));
  if (!token.success) redirect("/abo/bestaetigen/ungueltig");
  await confirmSubscription(token.data, await now());
  redirect(`/abo/bestaetigen/${token.data}`);
}

export async function unsubscribeFromMail(formData: FormData) {
  const token = tokenSchema.safeParse(formData.get("token"));
  const back = backSchema.safeParse(formData.get("back"));
  const manage = tokenSchema.safeParse(formData.get("manage"));
  if (!token.success) redirect("/abo/abmelden/ungueltig");
  await unsubscribe(token.data, await now());
  if (back.success && back.data === "manage" && manage.success) redirect(`/abo/verwalten/${manage.data}`);
  redirect(`/abo/abmelden/${token.data}`);
}
