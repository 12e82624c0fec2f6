/**
 * The subscriptions dashboard's reads (MODERATOR, ADMIN): the list is a keyset walk along the id
 * (newest first) over the [listKey, status] and e-mail indexes, 50 rows at a time, at any table size.
 */
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { SubscriptionStatus } from "@/generated/prisma/enums";
import type { SubscriptionFilters } from "@/features/subscriptions/admin-params";
import { authorize } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { db, sqlDate } from "@/lib/db";
import { env } from "@/lib/env";
import { sqlStartsWith } from "@/lib/text-search";

export const PAGE_SIZE = 50;

/** The first string after all that start with `prefix` in code point order (SQLite's BINARY), or null. */
function prefixEnd(prefix: string): string | null {
  const chars = [...prefix];
  const last = chars.pop()?.codePointAt(0);
  if (last === undefined || last === 0xd7ff || last >= 0x10ffff) return null;
  return chars.join("") + String.fromCodePoint(last + 1);
}

/** Up to this many matching subscribers, the e-mail search goes through the e-mail index. */
const INDEXED_SEARCH_MAX = 2000;

/**
 * The e-mail search as a range on the e-mail index, when that is the quick way. `startsWith` is a LIKE,
 * which ignores case and so cannot use the (case-sensitive) index: the list then walks the subscriptions
 * newest first and looks each e-mail up, quick while many match, a walk through the whole table when
 * few or none do (~650 ms at 1,000,000 subscribers). E-mails are stored lower-cased and `q` is
 * lower-cased, so [q, prefixEnd(q)) finds the same people, through the index; with thousands of matches
 * that costs more than the walk, hence the bounded count first. SQLite only: under a PostgreSQL collation
 * other than C, text does not sort by code point and the range is not the prefix.
 */
async function emailRange(q: string | undefined) {
  const end = q && !env.isPostgres ? prefixEnd(q) : null;
  if (!q || !end) return null;
  const range = { gte: q, lt: end };
  const matches = await db.subscriber.count({ where: { email: range }, take: INDEXED_SEARCH_MAX + 1 });
  return matches <= INDEXED_SEARCH_MAX ? range : null;
}

const sql = Prisma.sql;

/**
 * The list's filters as SQL conditions on "Subscription", shared by the page and the CSV export. The
 * e-mail search is a sub-select on the e-mail index, as Prisma's relation filter wrote it: the plans
 * described above are SQLite's for this shape.
 */
function subscriptionConditions(f: SubscriptionFilters, email: { gte: string; lt: string } | null): Prisma.Sql[] {
  const out: Prisma.Sql[] = [];
  if (f.q) {
    const match = email ? sql`"email" >= ${email.gte} AND "email" < ${email.lt}` : sqlStartsWith(sql`"email"`, f.q);
    out.push(sql`"subscriberId" IN (SELECT "id" FROM "Subscriber" WHERE ${match})`);
  }
  if (f.article) out.push(sql`"listKey" = ${`thread:${f.article}`}`);
  else if (f.kind === "newsletter") out.push(sql`"listKey" = 'newsletter'`);
  else if (f.kind === "thread") out.push(sql`"listKey" LIKE 'thread:%'`);
  if (f.status) out.push(sql`"status" = ${f.status}`);
  return out;
}

type SubscriptionRowSql = {
  id: number | bigint;
  listKey: string;
  status: SubscriptionStatus;
  consentVersion: string;
  requestedAt: Date | string;
  confirmedAt: Date | string | null;
  unsubscribedAt: Date | string | null;
  articleId: number | bigint | null;
  subscriberId: number | bigint;
  email: string;
  articleTitle: string | null;
};


/**
 * One keyset page along the id, in one statement (each Prisma query-builder call costs ~1.5 ms of CPU
 * more than its SQL): the e-mail and the article title are looked up for the rows returned only.
 */
export async function readSubscriptionRows(f: SubscriptionFilters, email: { gte: string; lt: string } | null, page: { after?: number; before?: number; take: number }) {
  const where = subscriptionConditions(f, email);
  if (page.after !== undefined) where.push(sql`"id" > ${page.after}`);
  if (page.before !== undefined) where.push(sql`"id" < ${page.before}`);
  const rows = await db.$queryRaw<SubscriptionRowSql[]>`
    SELECT "id", "listKey", "status", "consentVersion", "requestedAt", "confirmedAt", "unsubscribedAt", "articleId", "subscriberId",
      (SELECT "email" FROM "Subscriber" WHERE "Subscriber"."id" = "Subscription"."subscriberId") AS "email",
      (SELECT "title" FROM "Article" WHERE "Article"."id" = "Subscription"."articleId") AS "articleTitle"
    FROM "Subscription"
    ${where.length ? sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty}
    ORDER BY "id" ${page.after !== undefined ? sql`ASC` : sql`DESC`}
    LIMIT ${page.take}`;
  return rows.map((r) => {
    const articleId = r.articleId === null ? null : Number(r.articleId);
    return {
      id: Number(r.id),
      listKey: r.listKey,
      status: r.status,
      consentVersion: r.consentVersion,
      requestedAt: sqlDate(r.requestedAt),
      confirmedAt: sqlDate(r.confirmedAt),
      unsubscribedAt: sqlDate(r.unsubscribedAt),
      articleId,
      subscriber: { id: Number(r.subscriberId), email: r.email },
      articleTitle: articleId ? (r.articleTitle ?? `#${articleId}`) : null,
    };
  });
}

async function titles(articleIds: (number | null)[]) {
  const ids = [...new Set(articleIds.filter((id): id is number => id !== null))];
  const rows = ids.length ? await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }) : [];
  return new Map(rows.map((a) => [a.id, a.title]));
}

export async function listSubscriptions(f: SubscriptionFilters) {
  await authorize("subscriptions.manage");
  const rows = await readSubscriptionRows(f, await emailRange(f.q), { before: f.cursor, take: PAGE_SIZE + 1 });
  const page = rows.slice(0, PAGE_SIZE);
  return { rows: page, next: rows.length > PAGE_SIZE ? page[page.length - 1].id : null };
}

/** A person's page: their subscriptions with the consent proof, and the mails sent to them. */
export async function getSubscriber(id: number) {
  await authorize("subscriptions.manage");
  const subscriber = await db.subscriber.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      createdAt: true,
      subscriptions: { orderBy: { id: "desc" }, select: { id: true, listKey: true, status: true, consentVersion: true, requestedAt: true, requestIpHash: true, confirmedAt: true, unsubscribedAt: true, expiresAt: true, articleId: true } },
      mails: { orderBy: { id: "desc" }, take: 50, select: { id: true, kind: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true, lastError: true } },
    },
  });
  if (!subscriber) return null;
  const articleTitles = await titles(subscriber.subscriptions.map((s) => s.articleId));
  const comments = await db.comment.count({ where: { authorEmail: subscriber.email } });
  return {
    ...subscriber,
    comments,
    subscriptions: subscriber.subscriptions.map((s) => ({ ...s, articleTitle: s.articleId ? (articleTitles.get(s.articleId) ?? `#${s.articleId}`) : null })),
  };
}

export const OUTBOX_STATUSES = ["QUEUED", "SENDING", "SENT", "FAILED"] as const;

/**
 * The signed part of a reader's link (confirm, unsubscribe, one-click, manage). It acts for the reader
 * without an account, so staff see that a link was sent, never the link itself: otherwise anyone with
 * the outbox could confirm a subscription in a reader's name or open their manage page.
 */
const READER_LINK_TOKEN = /(\/(?:api\/)?abo\/(?:bestaetigen|abmelden|verwalten)\/)[^\s/?#<>"]+/g;
export const redactReaderLinks = (text: string) => text.replace(READER_LINK_TOKEN, "$1…");

/** The Postausgang: newest first, by status; reader links without their secret. */
/**
 * Mail about ad bookings (features/ads/mails.ts): the advertiser's address, the price, the decision.
 * That is the ad managers' business, so the subscription team's outbox shows (and retries) it only to
 * someone who may also manage ads.
 */
export const AD_MAIL_KINDS = ["booking"];

export async function listOutbox(status: (typeof OUTBOX_STATUSES)[number] | undefined, cursor: number | undefined) {
  const caller = await authorize("subscriptions.manage");
  const rows = await db.outboxMail.findMany({
    where: { ...(status ? { status } : {}), ...(cursor ? { id: { lt: cursor } } : {}), ...(can(caller, "ads.manage") ? {} : { kind: { notIn: AD_MAIL_KINDS } }) },
    orderBy: { id: "desc" },
    take: PAGE_SIZE + 1,
    select: { id: true, kind: true, to: true, subject: true, text: true, status: true, attempts: true, createdAt: true, sentAt: true, nextAttemptAt: true, lastError: true },
  });
  const page = rows.slice(0, PAGE_SIZE).map((row) => ({ ...row, text: redactReaderLinks(row.text) }));
  return { rows: page, next: rows.length > PAGE_SIZE ? page[page.length - 1].id : null };
}
