/**
 * Which reader pages a change touches, revalidated right after the write commits. The pages themselves
 * render per request (for their CSP nonce), so what revalidation still refreshes is Next's cached route
 * handlers (feed.xml, the sitemaps, robots.txt) and the client router cache of the browser that acted;
 * the production server's one-second micro-cache (server/micro-cache.mjs) of this instance is dropped too,
 * and the other instances are told to drop theirs (lib/cache-signal.ts).
 */
import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { SIDEBAR_MEMO_PREFIX } from "@/features/site/sidebar-data";
import { announceReaderChange } from "@/lib/cache-signal";
import { forget } from "@/lib/memo";

declare global {
  var __newsdeskMicroCache: { clear(): void } | undefined;
}

function dropMicroCache() {
  globalThis.__newsdeskMicroCache?.clear();
  announceReaderChange().catch((error: unknown) => console.error("announcing a reader change failed", error));
}

/** Another instance changed something readers see: this instance's in-memory copies go. */
export function dropReaderCopies() {
  forget(SIDEBAR_MEMO_PREFIX);
  globalThis.__newsdeskMicroCache?.clear();
}

/** Everything readers see (section names, the sidebar's ads and surf tips, the clock in tests): every reader page. */
export function revalidateReaderSite() {
  forget(SIDEBAR_MEMO_PREFIX);
  revalidatePath("/", "layout");
  dropMicroCache();
}

export function revalidateArticlePages(...slugs: (string | null | undefined)[]) {
  revalidatePath("/");
  revalidatePath("/ressort/[slug]", "page");
  revalidatePath("/ressort/[slug]/seite/[page]", "page");
  revalidatePath("/feed.xml");
  for (const slug of new Set(slugs)) {
    if (!slug) continue;
    revalidatePath(`/artikel/${slug}`);
    revalidatePath(`/artikel/${slug}/kommentare/[nach]`, "page");
  }
  dropMicroCache();
}

/** Articles' comments changed (a comment approved, or an approved one removed): their reader pages only. */
export function revalidateArticleComments(...slugs: string[]) {
  if (slugs.length === 0) return;
  for (const slug of new Set(slugs)) {
    revalidatePath(`/artikel/${slug}`);
    revalidatePath(`/artikel/${slug}/kommentare/[nach]`, "page");
  }
  // Once per change, however many articles: each announcement is a durable write that every other
  // instance answers by dropping all its copies, so one per article (~300 after a bulk approval of
  // 1,000 comments on the bench) only queued ~300 synchronous commits in front of the next request.
  dropMicroCache();
}

/**
 * The same for the articles of a moderation decision, run right after the response: Next renders the
 * acting page into a server action's answer whenever the action revalidated something, and the desk
 * refreshes itself, so doing it here would only make every decision wait for a page render.
 */
export function revalidateArticleCommentsAfterResponse(slugs: string[]) {
  if (slugs.length > 0) after(() => revalidateArticleComments(...slugs));
}
