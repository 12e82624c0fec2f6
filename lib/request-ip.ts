/** The client's address, only ever stored as a salted hash (HMAC with the app secret). */
import "server-only";
import { createHmac } from "node:crypto";
import { headers } from "next/headers";
import { env } from "@/lib/env";

type HeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string | undefined {
  if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The production server (server/serve.mjs) replaces X-Forwarded-For with the one address it trusts
 * (the socket's, or the last entry appended by a trusted proxy), so the first entry is the client.
 */
export function clientIp(headers: HeaderSource): string {
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header(headers, "x-real-ip") || "unknown";
}

export function hashIp(ip: string): string {
  return createHmac("sha256", env.authSecret).update(`ip:${ip}`).digest("base64url").slice(0, 32);
}

/** The salted hash of the current request's client address (public forms: flood limits, bans, proof). */
export async function requestIpHash(): Promise<string> {
  return hashIp(clientIp(await headers()));
}
