/**
 * The volume generator against the test database (test/global-setup.ts: SQLite, or PostgreSQL with
 * TEST_DATABASE_URL): small numbers, then the invariants the benchmarks rely on, read back through the
 * app's own Prisma client. Other test files share the database, so counts are compared as differences.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDaysToDay, dayOf, isoWeekOf } from "@/lib/dates";
import { createPrismaClient, isPostgresUrl } from "@/lib/prisma-client";
import { createSqliteTimeFormatter, generateVolume, parseArgs, sqliteTime, type VolumeReport } from "./seed-volume";

const url = process.env.DATABASE_URL!;
const db = createPrismaClient(url);

async function counts() {
  const [articles, revisions, comments, pending, subscribers, subscriptions, bookings, surfTips] = await Promise.all([
    db.article.count(),
    db.articleRevision.count(),
    db.comment.count(),
    db.comment.count({ where: { status: "PENDING" } }),
    db.subscriber.count(),
    db.subscription.count(),
    db.booking.count(),
    db.surfTip.count(),
  ]);
  return { articles, revisions, comments, pending, subscribers, subscriptions, bookings, surfTips };
}

let before: Awaited<ReturnType<typeof counts>>;
let report: VolumeReport;
let demo: { articleId: number; commentId: number; commentCreatedAt: Date; slotId: number; bookingId: number };

beforeAll(async () => {
  // What the demo seed provides and the generator needs: a section, staff, an ad slot with a running
  // booking, this week's surf tips, and an article with a comment written by Prisma itself.
  const now = Date.now();
  const section = await db.section.upsert({ where: { slug: "volumen" }, create: { name: "Volumen", slug: "volumen" }, update: {} });
  const editor = await db.user.upsert({
    where: { email: "volume-editor@test.local" },
    create: { email: "volume-editor@test.local", name: "Erik Redakteur", roles: { create: [{ role: "EDITOR" }] } },
    update: {},
  });
  await db.user.upsert({
    where: { email: "volume-moderator@test.local" },
    create: { email: "volume-moderator@test.local", name: "Mia Moderatorin", roles: { create: [{ role: "MODERATOR" }] } },
    update: {},
  });
  const slot = await db.adSlot.upsert({
    where: { key: "volume-slot" },
    create: { key: "volume-slot", name: "Seitenleiste", width: 300, height: 250, pricePerDayCents: 500, capacity: 2 },
    update: {},
  });
  const advertiser = await db.advertiser.create({ data: { name: "Abo Vertrieb", email: "abo@example.org" } });
  const startDay = addDaysToDay(dayOf(new Date(now)), -7);
  const booking = await db.booking.create({
    data: {
      advertiserId: advertiser.id, slotId: slot.id, startDay, endDay: addDaysToDay(startDay, 364), status: "BOOKED",
      headline: "Probe lesen", text: "Gratis zur Probe.", targetUrl: "https://www.example.org/", priceCents: 365 * 500,
    },
  });
  await db.adSlotSeat.createMany({
    data: Array.from({ length: 365 }, (_, i) => ({ slotId: slot.id, day: addDaysToDay(startDay, i), seat: 0, bookingId: booking.id })),
  });
  // Only this week has tips (other test files share the database and may have planned later weeks).
  await db.surfTip.deleteMany({});
  await db.surfTip.createMany({
    data: [0, 1].map((position) => ({ isoWeek: isoWeekOf(new Date(now)), position, label: `Tipp ${position}`, url: "https://www.example.org/" })),
  });
  const publishAt = new Date(now - 30 * 86_400_000);
  const article = await db.article.create({
    data: {
      slug: `volumen-demo-${now}`, sectionId: section.id, authorId: editor.id, byline: "Redaktion", title: "Demo", teaser: "Demo",
      bodyHtml: "<p>Demo</p>", status: "PUBLISHED", publishAt, approvedComments: 1,
    },
  });
  const comment = await db.comment.create({
    data: {
      articleId: article.id, authorName: "Karin M.", authorEmail: "karin@example.org", ipHash: "x".repeat(32), body: "Demo",
      status: "APPROVED", createdAt: new Date(now - 3 * 86_400_000 + 123),
    },
  });
  demo = { articleId: article.id, commentId: comment.id, commentCreatedAt: comment.createdAt, slotId: slot.id, bookingId: booking.id };

  before = await counts();
  report = await generateVolume(url, { articles: 20, comments: 2000, pending: 100, subscribers: 50, bookings: 40, surfWeeks: 8, seed: "test" });
}, 120_000);

afterAll(() => db.$disconnect());

const generatedArticles = () => ({ id: { gte: report.firstIds.articles, lt: report.firstIds.articles + report.articles } });
const generatedComments = () => ({ id: { gte: report.firstIds.comments, lt: report.firstIds.comments + report.comments } });

describe("volume generator", () => {
  it("adds the requested rows", async () => {
    const after = await counts();
    expect({
      articles: after.articles - before.articles,
      revisions: after.revisions - before.revisions,
      comments: after.comments - before.comments,
      pending: after.pending - before.pending,
      subscribers: after.subscribers - before.subscribers,
      bookings: after.bookings - before.bookings,
    }).toEqual({ articles: 20, revisions: 20, comments: 2000, pending: 100, subscribers: 50, bookings: 40 });
    expect(after.subscriptions - before.subscriptions).toBe(report.subscriptions);
    expect(report.subscriptions).toBeGreaterThanOrEqual(50);
    expect(report.subscriptions).toBeLessThanOrEqual(100);
    const statuses = await db.article.groupBy({ by: ["status"], where: generatedArticles(), _count: { _all: true } });
    const published = statuses.find((s) => s.status === "PUBLISHED")?._count._all ?? 0;
    expect(published).toBeGreaterThanOrEqual(10);
    const revisions = await db.articleRevision.findMany({ where: { articleId: generatedArticles().id }, select: { version: true } });
    expect(revisions.every((r) => r.version === 1)).toBe(true);
  });

  it("keeps Article.approvedComments equal to the approved comments", async () => {
    const approved = await db.comment.groupBy({ by: ["articleId"], where: { status: "APPROVED" }, _count: { _all: true } });
    const real = new Map(approved.map((a) => [a.articleId, a._count._all]));
    const articles = await db.article.findMany({
      where: { OR: [generatedArticles(), { id: demo.articleId }] },
      select: { id: true, approvedComments: true },
    });
    expect(articles).toHaveLength(21);
    for (const a of articles) expect({ id: a.id, approved: a.approvedComments }).toEqual({ id: a.id, approved: real.get(a.id) ?? 0 });
  });

  it("skews the comments: the hot article has by far the most", async () => {
    const perArticle = await db.comment.groupBy({
      by: ["articleId"],
      where: generatedComments(),
      _count: { _all: true },
      orderBy: { _count: { articleId: "desc" } },
    });
    expect(perArticle[0].articleId).toBe(report.hotArticleId);
    expect(perArticle[0]._count._all).toBe(report.hotArticleComments);
    expect(perArticle[0]._count._all).toBeGreaterThan(2 * perArticle[1]._count._all);
    const hot = await db.article.findUniqueOrThrow({ where: { id: report.hotArticleId! }, select: { status: true, commentMode: true } });
    expect(hot).toEqual({ status: "PUBLISHED", commentMode: "OPEN" });
  });

  it("writes plausible comments: after publication, replies to approved comments of the same article", async () => {
    const rows = await db.comment.findMany({
      where: generatedComments(),
      orderBy: { id: "asc" },
      select: {
        id: true, articleId: true, parentId: true, status: true, createdAt: true, decidedAt: true, updatedAt: true,
        authorEmail: true, ipHash: true, heldReasons: true, article: { select: { publishAt: true } },
      },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    let previous = 0;
    let replies = 0;
    for (const c of rows) {
      expect(c.createdAt.getTime()).toBeGreaterThan(c.article.publishAt!.getTime());
      expect(c.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
      expect(c.createdAt.getTime()).toBeGreaterThanOrEqual(previous); // ids grow with time
      previous = c.createdAt.getTime();
      expect(c.authorEmail).toBe(c.authorEmail.toLowerCase());
      expect(c.ipHash).toHaveLength(32);
      if (c.status === "PENDING") expect({ decidedAt: c.decidedAt, heldReasons: c.heldReasons }).toEqual({ decidedAt: null, heldReasons: [{ code: "NEW_COMMENTER" }] });
      else expect(c.decidedAt!.getTime()).toBeGreaterThanOrEqual(c.createdAt.getTime());
      if (c.parentId !== null) {
        replies++;
        const parent = byId.get(c.parentId)!;
        expect({ article: parent.articleId, parentOfParent: parent.parentId, status: parent.status }).toEqual({
          article: c.articleId, parentOfParent: null, status: "APPROVED",
        });
        expect(parent.createdAt.getTime()).toBeLessThanOrEqual(c.createdAt.getTime());
      }
    }
    expect(replies).toBe(report.replies);
    expect(replies).toBeGreaterThan(100);
  });

  it("stores dates so that Prisma orders and compares generated and demo rows alike", async () => {
    if (!isPostgresUrl(url)) {
      // The adapter's exact text form; a "Z" instead of "+00:00" would break string comparisons in SQLite.
      const pattern = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]+00:00";
      const [odd] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT COUNT(*) AS n FROM "Comment"
        WHERE "createdAt" NOT GLOB ${pattern} OR "updatedAt" NOT GLOB ${pattern} OR ("decidedAt" IS NOT NULL AND "decidedAt" NOT GLOB ${pattern})`;
      expect(Number(odd.n)).toBe(0);
      const [oddArticles] = await db.$queryRaw<{ n: bigint }[]>`
        SELECT COUNT(*) AS n FROM "Article" WHERE "createdAt" NOT GLOB ${pattern} OR ("publishAt" IS NOT NULL AND "publishAt" NOT GLOB ${pattern})`;
      expect(Number(oddArticles.n)).toBe(0);
    }
    const all = await db.comment.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, createdAt: true } });
    const sorted = [...all].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
    expect(all.map((c) => c.id)).toEqual(sorted.map((c) => c.id));
    const pivot = demo.commentCreatedAt;
    const later = await db.comment.count({ where: { createdAt: { gt: pivot } } });
    expect(later).toBe(all.filter((c) => c.createdAt.getTime() > pivot.getTime()).length);
    expect(later).toBeGreaterThan(0);
    expect(later).toBeLessThan(all.length - 1);
    const day = dayOf(pivot);
    const from = new Date(`${day}T00:00:00Z`);
    const to = new Date(`${addDaysToDay(day, 1)}T00:00:00Z`);
    const sameDay = await db.comment.count({ where: { createdAt: { gte: from, lt: to } } });
    expect(sameDay).toBe(all.filter((c) => c.createdAt >= from && c.createdAt < to).length);
  });

  it("never books a slot beyond its capacity and gives every booked day a seat", async () => {
    const slotRows = await db.adSlot.findMany({ select: { id: true, capacity: true, pricePerDayCents: true } });
    const slots = new Map(slotRows.map((s) => [s.id, s.capacity]));
    // Other test files share the run's database and leave slots at other prices.
    const pricePerDay = new Map(slotRows.map((s) => [s.id, s.pricePerDayCents]));
    const seats = await db.adSlotSeat.findMany({ select: { slotId: true, day: true, seat: true, bookingId: true } });
    const perDay = new Map<string, number>();
    for (const s of seats) {
      expect(s.seat).toBeLessThan(slots.get(s.slotId)!);
      perDay.set(`${s.slotId}|${s.day}`, (perDay.get(`${s.slotId}|${s.day}`) ?? 0) + 1);
    }
    for (const [key, n] of perDay) expect({ key, n: n <= slots.get(Number(key.split("|")[0]))! }).toEqual({ key, n: true });
    const bookings = await db.booking.findMany({
      where: { id: { gte: report.firstIds.bookings } },
      select: { id: true, status: true, startDay: true, endDay: true, slotId: true, priceCents: true },
    });
    expect(bookings).toHaveLength(40);
    const seatDays = new Map<number, string[]>();
    for (const s of seats) seatDays.set(s.bookingId, [...(seatDays.get(s.bookingId) ?? []), s.day]);
    for (const b of bookings) {
      const days: string[] = [];
      for (let d = b.startDay; d <= b.endDay; d = addDaysToDay(d, 1)) days.push(d);
      expect(b.priceCents).toBe(days.length * pricePerDay.get(b.slotId)!);
      expect((seatDays.get(b.id) ?? []).sort()).toEqual(b.status === "BOOKED" ? days : []);
    }
    expect(bookings.filter((b) => b.status === "BOOKED").length).toBeGreaterThan(5);
    expect(seatDays.get(demo.bookingId)).toHaveLength(365); // the existing booking keeps its seats
  });

  it("writes subscribers with one or two subscriptions each", async () => {
    const subscribers = await db.subscriber.findMany({
      where: { id: { gte: report.firstIds.subscribers } },
      select: { email: true, subscriptions: { select: { listKey: true, articleId: true, status: true, consentVersion: true } } },
    });
    expect(subscribers).toHaveLength(50);
    for (const s of subscribers) {
      expect(s.email).toBe(s.email.toLowerCase());
      expect(s.email).toMatch(/^[a-z0-9.]+@[a-z0-9.]+$/);
      expect(s.subscriptions.length).toBeGreaterThanOrEqual(1);
      expect(s.subscriptions.length).toBeLessThanOrEqual(2);
      for (const sub of s.subscriptions) {
        expect(sub.consentVersion).toBe("1");
        expect(sub.listKey).toBe(sub.articleId === null ? "newsletter" : `thread:${sub.articleId}`);
      }
    }
    const confirmed = subscribers.flatMap((s) => s.subscriptions).filter((sub) => sub.status === "CONFIRMED").length;
    expect(confirmed).toBeGreaterThan(report.subscriptions / 2);
  });

  it("fills surf-tip weeks that have none, with 3 to 5 links", async () => {
    expect(report.surfWeeks).toBe(7); // 8 weeks asked, this week already had tips
    const tips = await db.surfTip.findMany({ where: { id: { gte: report.firstIds.surfTips } }, select: { isoWeek: true, position: true } });
    const perWeek = new Map<string, number[]>();
    for (const t of tips) perWeek.set(t.isoWeek, [...(perWeek.get(t.isoWeek) ?? []), t.position]);
    expect(perWeek.size).toBe(7);
    expect(perWeek.has(isoWeekOf(new Date()))).toBe(false);
    for (const positions of perWeek.values()) {
      expect(positions.length).toBeGreaterThanOrEqual(3);
      expect(positions.length).toBeLessThanOrEqual(5);
    }
  });

  it("adds more on a second run without collisions, and the app can insert afterwards", async () => {
    const mid = await counts();
    const second = await generateVolume(url, { articles: 5, comments: 300, pending: 30, subscribers: 20, bookings: 10, surfWeeks: 8, seed: "test" });
    const after = await counts();
    expect(after.articles - mid.articles).toBe(5);
    expect(after.comments - mid.comments).toBe(300);
    expect(after.pending - mid.pending).toBe(30);
    expect(after.subscribers - mid.subscribers).toBe(20);
    expect(second.surfWeeks).toBe(0);
    // Explicit ids must not leave the autoincrement behind (PostgreSQL sequences are set by the generator).
    const comment = await db.comment.create({
      data: { articleId: second.hotArticleId!, authorName: "Neu", authorEmail: "neu@example.org", ipHash: "y".repeat(32), body: "Neu" },
    });
    expect(comment.id).toBeGreaterThan(second.firstIds.comments + 299);
    const subscriber = await db.subscriber.create({ data: { email: `neu-${Date.now()}@example.org` } });
    expect(subscriber.id).toBeGreaterThan(second.firstIds.subscribers + 19);
  }, 60_000);

  it("refuses impossible options", async () => {
    await expect(generateVolume(url, { articles: 1, comments: 10, pending: 11, subscribers: 0 })).rejects.toThrow(/pending/);
    await expect(generateVolume(url, { articles: 0, comments: 10, pending: 0, subscribers: 0 })).rejects.toThrow(/articles/);
    expect(parseArgs(["--articles", "100_000", "--comments=5000000", "--pending", "200000", "--subscribers", "1", "--seed", "x"])).toEqual({
      articles: 100_000, comments: 5_000_000, pending: 200_000, subscribers: 1, seed: "x",
    });
    expect(() => parseArgs(["--comets", "1"])).toThrow(/unknown option/);
  });

  it("formats SQLite times exactly like the Prisma adapter, also with the fast formatter", () => {
    const format = createSqliteTimeFormatter();
    const base = Date.parse("2024-02-28T00:00:00Z");
    for (let i = 0; i < 20_000; i++) {
      const ms = base + Math.floor(i * 7_919_993.7);
      expect(format(ms)).toBe(sqliteTime(ms));
    }
    expect(sqliteTime(Date.parse("2026-11-27T09:56:38.783Z"))).toBe("2026-11-27T09:56:38.783+00:00");
  });
});
