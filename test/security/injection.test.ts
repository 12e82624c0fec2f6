/**
 * SECURITY.md "injection": every filter, sort, search and cursor parameter of the dashboard's lists,
 * fuzzed with SQL fragments, LIKE wildcards, operator objects, arrays and random text (fast-check), as
 * an admin, through the same parse -> query path the pages use. Passes when nothing throws, no search
 * returns a row that does not literally contain what was searched for (a wildcard or a quote never widens
 * a result), nothing in the database changed, and no unsafe raw SQL exists in the code.
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { listAdvertisers } from "@/features/ads/advertisers";
import { advertiserListSchema } from "@/features/ads/schemas";
import { parseArticleListParams } from "@/features/articles/list-params";
import { listArticles } from "@/features/articles/list";
import { parseAuditSearchParams } from "@/features/audit/search-params";
import { listAuditLog } from "@/features/audit/queries";
import { getCommenterSummary, listCommenterComments, parseCommenterParams } from "@/features/comments/commenter-queries";
import { QUEUE_SLUGS, parseDeskParams } from "@/features/comments/desk-params";
import { countMatching, listQueue } from "@/features/comments/desk-queries";
import { parseSubscriptionFilters } from "@/features/subscriptions/admin-params";
import { listSubscriptions } from "@/features/subscriptions/admin-queries";
import { dayOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { signInAs } from "@/test/session";

const SQL = [
  "' OR 1=1 --",
  "' OR '1'='1",
  '" OR ""="',
  "'; DROP TABLE \"Comment\"; --",
  "1; DELETE FROM \"Article\"",
  "' UNION SELECT \"passwordHash\" FROM \"User\" --",
  "1' AND (SELECT 1 FROM pg_sleep(2))--",
  "%",
  "_",
  "%' --",
  "a%b",
  "\\",
  "\\%",
  "' || (SELECT 1) || '",
  "/* */",
  "$1",
  "?",
  "NULL",
  "\u0000",
  "😀 Grüße",
  "x".repeat(5000),
];
const OPERATORS: unknown[] = [{ not: "" }, { contains: "" }, { gt: 0 }, { in: [1, 2] }, { $ne: null }, { OR: [] }, { equals: "PENDING" }, null, true, 1e309];

/** What a query string (or a forged call) can carry in one parameter. */
const value = fc.oneof(
  fc.constantFrom(...SQL),
  fc.constantFrom(...OPERATORS),
  fc.string({ maxLength: 40 }),
  fc.array(fc.constantFrom(...SQL), { minLength: 1, maxLength: 3 }),
  fc.integer().map(String),
  fc.base64String({ maxLength: 60 }),
);
const paramsOf = (...names: string[]) => fc.dictionary(fc.constantFrom(...names), value, { maxKeys: names.length }) as fc.Arbitrary<Record<string, string | string[] | undefined>>;

const RUNS = 40;

/**
 * Whether `text` is what a search for `needle` may find: containing it literally, or — SQLite's LIKE
 * has no escape character, lib/text-search.ts — matching it with % and _ as wildcards. Never more.
 */
function found(text: string | null | undefined, needle: string, mode: "contains" | "prefix" = "contains") {
  const pattern = [...needle.toLowerCase()].map((c) => (c === "%" ? "[\\s\\S]*" : c === "_" ? "[\\s\\S]" : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
  return new RegExp(mode === "prefix" ? `^${pattern}` : pattern).test((text ?? "").toLowerCase());
}
/** Besides the random runs: every SQL fragment once in each search parameter, deterministically. */
const each = (...names: string[]) => names.flatMap((name) => SQL.map((v) => [{ [name]: v }] as [Record<string, string>]));

/** Every table's row count: the fuzzing must leave them all as they were. */
async function fingerprint() {
  const [articles, comments, subscriptions, subscribers, users, audit, advertisers, bookings] = await Promise.all([
    db.article.count(),
    db.comment.count(),
    db.subscription.count(),
    db.subscriber.count(),
    db.user.count(),
    db.auditLog.count(),
    db.advertiser.count(),
    db.booking.count(),
  ]);
  return { articles, comments, subscriptions, subscribers, users, audit, advertisers, bookings };
}

let before: Awaited<ReturnType<typeof fingerprint>>;

beforeAll(async () => {
  await signInAs(["ADMIN"]);
  // Rows a widened search would wrongly find: none of them contains a quote, a percent sign or an underscore.
  const section = await db.section.findFirst({ select: { id: true } });
  const author = await db.user.findFirst({ select: { id: true } });
  if (section && author) {
    await db.article.create({ data: { title: "Gemeinderat tagt", slug: `gemeinderat-${Date.now()}`, byline: "Redaktion", teaser: "t", bodyHtml: "<p>b</p>", sectionId: section.id, authorId: author.id } });
  }
  await db.advertiser.create({ data: { name: "Bäckerei Maier", email: "maier@example.org" } });
  before = await fingerprint();
});

describe("injection: list parameters fuzzed with SQL, wildcards and operator objects", () => {
  it("the article list", async () => {
    await fc.assert(
      fc.asyncProperty(paramsOf("status", "inbox", "section", "author", "reviewer", "q", "sort", "dir", "cursor"), async (params) => {
        const filters = parseArticleListParams(params);
        const { articles } = await listArticles(filters);
        if (filters.q) for (const a of articles) expect(found(a.title, filters.q)).toBe(true);
      }),
      { numRuns: RUNS, examples: each("q", "cursor", "section") },
    );
  });

  it("every moderation queue, its counts and its 'select all matching'", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...QUEUE_SLUGS), paramsOf("article", "section", "q", "commenter", "order", "cursor"), async (queue, params) => {
        const filters = parseDeskParams(queue, params);
        const [{ cards }] = await Promise.all([listQueue(filters), countMatching(filters)]);
        for (const c of cards) {
          if (filters.q) expect(found(c.body, filters.q)).toBe(true);
          if (filters.commenter) expect(found(c.authorName, filters.commenter) || found(c.authorEmail, filters.commenter)).toBe(true);
        }
      }),
      { numRuns: RUNS, examples: each("q", "commenter", "cursor").map(([p]) => ["pending", p] as [(typeof QUEUE_SLUGS)[number], Record<string, string>]) },
    );
  });

  it("the subscriber list", async () => {
    await fc.assert(
      fc.asyncProperty(paramsOf("q", "kind", "status", "article", "cursor"), async (params) => {
        const filters = parseSubscriptionFilters(params);
        const { rows } = await listSubscriptions(filters);
        if (filters.q) for (const r of rows) expect(found(r.subscriber.email, filters.q, "prefix")).toBe(true);
      }),
      { numRuns: RUNS, examples: each("q", "cursor") },
    );
  });

  it("the audit log", async () => {
    await fc.assert(
      fc.asyncProperty(paramsOf("action", "actorId", "targetType", "q", "cursor"), async (params) => {
        const filters = parseAuditSearchParams(params);
        const { entries } = await listAuditLog(filters);
        if (filters.q) for (const e of entries) expect(found(e.summary, filters.q)).toBe(true);
      }),
      { numRuns: RUNS, examples: each("q", "cursor", "action") },
    );
  });

  it("the advertisers list", async () => {
    await fc.assert(
      fc.asyncProperty(paramsOf("q", "after"), async (params) => {
        const filters = advertiserListSchema.parse(params);
        const { advertisers } = await listAdvertisers(filters, dayOf(new Date()));
        for (const a of advertisers) expect([a.name, a.contactName, a.email].some((v) => found(v, filters.q))).toBe(true);
      }),
      { numRuns: RUNS, examples: each("q", "after") },
    );
  });

  it("the commenter view", async () => {
    await fc.assert(
      fc.asyncProperty(paramsOf("email", "cursor"), async (params) => {
        const parsed = parseCommenterParams(params);
        if (!parsed) return; // the page answers 404
        await getCommenterSummary(parsed.email);
        const { comments } = await listCommenterComments(parsed.email, parsed.cursor);
        const emails = await db.comment.findMany({ where: { id: { in: comments.map((c) => c.id) } }, select: { authorEmail: true } });
        for (const c of emails) expect(c.authorEmail).toBe(parsed.email);
      }),
      { numRuns: RUNS, examples: each("email", "cursor") },
    );
  });

  it("left every table as it was", async () => {
    expect(await fingerprint()).toEqual(before);
  });
});

describe("injection: raw SQL in the code", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");
  const DIRS = ["app", "features", "lib", "server", "prisma", "scripts", "components", "i18n"];
  /** Prisma.raw only where its argument is a number the code computed (the dashboard's chart buckets). */
  const RAW_ALLOWED = new Set(["features/dashboard/queries.ts"]);

  function sources(dir: string): string[] {
    return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : sources(full);
      return /\.(ts|tsx|mts|mjs|js)$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [full] : [];
    });
  }

  it("has no $queryRawUnsafe / $executeRawUnsafe, raw queries only as tagged templates, Prisma.raw only where allowed", () => {
    const findings: string[] = [];
    const files = DIRS.flatMap((d) => (fs.existsSync(path.join(ROOT, d)) ? sources(path.join(ROOT, d)) : []));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const rel = path.relative(ROOT, file);
      const text = fs.readFileSync(file, "utf8");
      if (/\$(queryRaw|executeRaw)Unsafe\b/.test(text)) findings.push(`${rel}: unsafe raw call`);
      if (/\$(queryRaw|executeRaw)\s*(<[^>`]*>)?\s*\(/.test(text)) findings.push(`${rel}: raw query called with a string instead of a tagged template`);
      if (/Prisma\.raw\s*\(/.test(text) && !RAW_ALLOWED.has(rel)) findings.push(`${rel}: Prisma.raw`);
    }
    expect(findings).toEqual([]);
  });
});
