"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { LOCALE_COOKIE, LOCALES } from "@/i18n/config";

const schema = z.enum(LOCALES);

/** Switches the UI language for this browser (no session needed: it only sets a cookie). */
export async function setLocale(formData: FormData) {
  const parsed = schema.safeParse(formData.get("locale"));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: "/", sameSite: "lax", maxAge: 365 * 24 * 3600 });
}
