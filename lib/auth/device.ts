/**
 * The device cookie of login throttling (OWASP "device cookies", lib/auth/throttle.ts): a successful
 * login leaves a signed, HttpOnly cookie naming the user and a random device id. Each account has its
 * own cookie, so staff sharing a browser keep their trust. A cookie is valid only for the user it names.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { signToken, verifyToken } from "@/lib/signed-token";

const PURPOSE = "login-device";
const MAX_AGE_S = 365 * 24 * 60 * 60;
const secure = env.siteUrl.startsWith("https://");
const cookieName = (userId: number) => `${secure ? "__Host-" : ""}newsdesk-device-${userId}`;

/** The device id of this request's valid device cookie for the user, or null. */
export async function trustedDevice(userId: number | undefined): Promise<string | null> {
  if (!userId) return null;
  const value = (await cookies()).get(cookieName(userId))?.value;
  const payload = value ? verifyToken(PURPOSE, value) : null;
  if (!payload) return null;
  const [uid, device] = payload.split("_");
  return uid === String(userId) && device ? device : null;
}

/** Marks this browser as a device of the user (keeps the id it already has). */
export async function trustDevice(userId: number, device: string | null) {
  const id = device ?? randomBytes(16).toString("hex");
  (await cookies()).set(cookieName(userId), signToken(PURPOSE, `${userId}_${id}`), {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: MAX_AGE_S,
  });
}
