/** The reader site's absolute base URL (for Open Graph, RSS and the sitemap). */
import { env } from "@/lib/env";

export function siteUrl(): URL {
  return new URL(env.siteUrl);
}

export function absoluteUrl(path: string): string {
  return new URL(path, env.siteUrl).toString();
}
