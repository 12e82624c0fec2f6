/**
 * The commenter view's reads ("comments.moderate"): one e-mail address's comments, newest first, one
 * keyset page at a time along the [authorEmail, createdAt] index; its counts per status; whether the
 * address is banned; and per comment whether its IP hash is. The stored IP hash leaves this module
 * only as its first characters — the ban actions look the whole hash up themselves.
 */
import "server-only";
import type { CommentStatus } from "@/generated/prisma/enums";
import { decodeDeskCursor, encodeDeskCursor } from "@/features/comments/desk-params";
import { IP_HASH_SHOWN } from "@/features/comments/rules-admin-limits";
import { normalizeEmail } from "@/features/comments/rules-admin-schemas";
import { authorize } from "@/lib/auth/session";
import { now } from "@/lib/clock";
import { db } from "@/lib/db";
import { z } from "zod";

export const COMMENTER_PAGE_SIZE = 30;
const STATUSES = ["PENDING", "APPROVED", "REJECTED", "SPAM", "DELETED"] as const satisfies readonly CommentStatus[];

const emailParam = z.preprocess((v) => normalizeEmail(Array.isArray(v) ? v[0] : v), z.email().max(254));

/** The commenter view's search params: a valid `email` (else null: the page answers 404) and an optional cursor. */
export function parseCommenterParams(params: Record<string, string | string[] | undefined>) {
  const email = emailParam.safeParse(params.email);
  if (!email.success) return null;
  const raw = Array.isArray(params.cursor) ? params.cursor[0] : params.cursor;
  return { email: email.data, cursor: raw ? decodeDeskCursor(raw) : undefined };
}

const activeBan = (at: Date) => ({ OR: [{ expiresAt: null }, { expiresAt: { gt: at } }] });

export async function getCommenterSummary(email: string) {
  await authorize("comments.moderate");
  const at = await now();
  const [groups, ban] = await Promise.all([
    db.comment.groupBy({ by: ["status"], where: { authorEmail: email }, _count: { _all: true } }),
    db.ban.findFirst({ where: { kind: "EMAIL", value: email, ...activeBan(at) }, select: { reason: true, expiresAt: true, createdAt: true } }),
  ]);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<CommentStatus, number>;
  for (const g of groups) counts[g.status] = g._count._all;
  const total = STATUSES.reduce((n, s) => n + counts[s], 0);
  return { email, counts, total, ban };
}

/** One page of the commenter's comments, newest first, and the opaque cursor of the next page. */
export async function listCommenterComments(email: string, cursor?: { at: string; id: number }) {
  await authorize("comments.moderate");
  const at = await now();
  const where = cursor
    ? { authorEmail: email, OR: [{ createdAt: { lt: new Date(cursor.at) } }, { createdAt: new Date(cursor.at), id: { lt: cursor.id } }] }
    : { authorEmail: email };
  const rows = await db.comment.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: COMMENTER_PAGE_SIZE + 1,
    select: { id: true, body: true, status: true, createdAt: true, ipHash: true, article: { select: { id: true, title: true } } },
  });
  const hasMore = rows.length > COMMENTER_PAGE_SIZE;
  const page = hasMore ? rows.slice(0, COMMENTER_PAGE_SIZE) : rows;
  const last = page[page.length - 1];
  const hashes = [...new Set(page.map((c) => c.ipHash).filter(Boolean))];
  const banned = hashes.length
    ? new Set((await db.ban.findMany({ where: { kind: "IP_HASH", value: { in: hashes }, ...activeBan(at) }, select: { value: true } })).map((b) => b.value))
    : new Set<string>();
  return {
    comments: page.map(({ ipHash, ...c }) => ({ ...c, ipHashShown: ipHash ? ipHash.slice(0, IP_HASH_SHOWN) : null, ipBanned: banned.has(ipHash) })),
    next: hasMore ? encodeDeskCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
  };
}

export type CommenterSummary = Awaited<ReturnType<typeof getCommenterSummary>>;
export type CommenterComment = Awaited<ReturnType<typeof listCommenterComments>>["comments"][number];
