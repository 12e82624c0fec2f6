/**
 * The rules page's reads ("moderation.rules"): both word lists, the current settings and the bans.
 * Word lists are small (the pipeline loads them whole for every comment). Bans can grow, so the page
 * shows the newest BAN_LIST_MAX of each kind and says when there are more. IP hashes leave this module
 * only as their first characters.
 */
import "server-only";
import { shownBanValue } from "@/features/comments/bans-admin";
import { getCommentSettings } from "@/features/comments/settings";
import { authorize } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";

export const BAN_LIST_MAX = 200;

export async function listWordLists() {
  await authorize("moderation.rules");
  const rows = await db.wordListEntry.findMany({ orderBy: [{ word: "asc" }, { id: "asc" }], select: { id: true, word: true, kind: true, createdAt: true } });
  return { banned: rows.filter((r) => r.kind === "BANNED"), suspect: rows.filter((r) => r.kind === "SUSPECT") };
}

export async function getRulesSettings() {
  await authorize("moderation.rules");
  return getCommentSettings();
}

async function bansOf(kind: "EMAIL" | "IP_HASH", at: Date) {
  const rows = await db.ban.findMany({
    where: { kind },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: BAN_LIST_MAX + 1,
    select: { id: true, kind: true, value: true, reason: true, createdAt: true, expiresAt: true },
  });
  return {
    more: rows.length > BAN_LIST_MAX,
    items: rows.slice(0, BAN_LIST_MAX).map(({ value, ...ban }) => ({ ...ban, shown: shownBanValue(kind, value), active: ban.expiresAt === null || ban.expiresAt > at })),
  };
}

export async function listBans() {
  await authorize("moderation.rules");
  const at = await now();
  const [email, ipHash] = await Promise.all([bansOf("EMAIL", at), bansOf("IP_HASH", at)]);
  return { email, ipHash };
}

export type WordEntry = Awaited<ReturnType<typeof listWordLists>>["banned"][number];
export type BanList = Awaited<ReturnType<typeof listBans>>["email"];
export type BanItem = BanList["items"][number];
