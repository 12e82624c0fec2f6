/**
 * Seeds the demo newsroom on an empty database (no staff accounts yet) and prints the demo logins.
 * Safe to run on every start: an existing newsroom is left alone, so a second run adds no rows (the
 * whole seed is one transaction behind the "no users yet" check).
 */
import { createPrismaClient } from "@/lib/prisma-client";
import { addDaysToDay, dayOf, isoWeekOf } from "@/lib/dates";
import { textToHtml } from "@/lib/html";
import { hashPassword } from "@/lib/password";
import { createHmac } from "node:crypto";
import { AD_SLOTS, ARTICLES, BOOKINGS, COMMENTS, DEMO_USERS, SECTIONS, SURF_TIPS } from "./seed-content";

const url = process.env.DATABASE_URL ?? "file:./data/newsdesk.db";
const db = createPrismaClient(url);

async function seed() {
  if ((await db.user.count()) > 0) return false;
  const now = new Date();
  const today = dayOf(now);
  const hashes = await Promise.all(DEMO_USERS.map((u) => hashPassword(u.password)));

  await db.$transaction(async (tx) => {
    const users = [];
    for (const [i, u] of DEMO_USERS.entries()) {
      users.push(
        await tx.user.create({
          data: { email: u.email, name: u.name, passwordHash: hashes[i], roles: { create: u.roles.map((role) => ({ role })) } },
        }),
      );
    }
    const editor = users.find((u) => u.email.startsWith("redaktion"))!;

    const sections = new Map<string, number>();
    for (const [position, s] of SECTIONS.entries()) {
      sections.set(s.slug, (await tx.section.create({ data: { ...s, position } })).id);
    }

    const articles = new Map<string, number>();
    for (const a of ARTICLES) {
      const bodyHtml = textToHtml(a.body);
      const publishAt = new Date(now.getTime() - a.daysAgo * 86_400_000);
      const article = await tx.article.create({
        data: {
          slug: a.slug,
          sectionId: sections.get(a.section)!,
          authorId: editor.id,
          byline: a.byline,
          title: a.title,
          teaser: a.teaser,
          bodyHtml,
          status: "PUBLISHED",
          publishAt,
          createdAt: publishAt,
          revisions: { create: { version: 1, title: a.title, teaser: a.teaser, bodyHtml, authorId: editor.id, createdAt: publishAt } },
        },
      });
      articles.set(a.slug, article.id);
    }

    const ipHash = createHmac("sha256", "seed").update("127.0.0.1").digest("base64url").slice(0, 32);
    for (const c of COMMENTS) {
      const articleId = articles.get(c.article)!;
      const createdAt = new Date(now.getTime() - c.hoursAgo * 3_600_000);
      const reports = c.reports ?? [];
      const lastReportedAt = reports.length ? new Date(createdAt.getTime() + 3_600_000) : undefined;
      const comment = await tx.comment.create({
        data: {
          articleId,
          authorName: c.name,
          authorEmail: c.email,
          ipHash,
          body: c.body,
          status: c.status,
          createdAt,
          heldReasons: c.status === "PENDING" ? (c.heldReasons ?? [{ code: "NEW_COMMENTER" }]) : undefined,
          reportCount: reports.length,
          lastReportedAt,
          // What the rules pipeline decided when it came in, as features/comments/post.ts records it.
          actions: { create: { action: c.status === "APPROVED" ? "APPROVE" : "HOLD", toStatus: c.status, createdAt } },
        },
      });
      for (const [n, r] of reports.entries()) {
        const reporterHash = createHmac("sha256", "seed").update(`192.0.2.${n + 10}`).digest("base64url").slice(0, 32);
        await tx.commentReport.create({ data: { commentId: comment.id, reason: r.reason, note: r.note ?? null, ipHash: reporterHash, createdAt: lastReportedAt } });
        await tx.moderationAction.create({
          data: { commentId: comment.id, action: "REPORT", fromStatus: c.status, toStatus: c.status, reason: r.reason, note: r.note ?? null, createdAt: lastReportedAt },
        });
      }
      if (c.status === "APPROVED") await tx.article.update({ where: { id: articleId }, data: { approvedComments: { increment: 1 } } });
    }

    const slots = new Map<string, { id: number; price: number }>();
    for (const s of AD_SLOTS) {
      const slot = await tx.adSlot.create({ data: s });
      slots.set(s.key, { id: slot.id, price: s.pricePerDayCents });
    }
    for (const b of BOOKINGS) {
      const slot = slots.get(b.slot)!;
      const advertiser = await tx.advertiser.create({ data: b.advertiser });
      const startDay = addDaysToDay(today, b.startOffsetDays);
      const endDay = addDaysToDay(startDay, b.days - 1);
      const booking = await tx.booking.create({
        data: {
          advertiserId: advertiser.id,
          slotId: slot.id,
          startDay,
          endDay,
          status: "BOOKED",
          headline: b.headline,
          text: b.text,
          targetUrl: b.targetUrl,
          priceCents: slot.price * b.days,
          decidedAt: now,
        },
      });
      await tx.adSlotSeat.createMany({
        data: Array.from({ length: b.days }, (_, i) => ({ slotId: slot.id, day: addDaysToDay(startDay, i), seat: 0, bookingId: booking.id })),
      });
    }

    const thisWeek = isoWeekOf(now);
    const nextWeek = isoWeekOf(new Date(now.getTime() + 7 * 86_400_000));
    for (const isoWeek of [thisWeek, nextWeek]) {
      await tx.surfTip.createMany({ data: SURF_TIPS.map((t, position) => ({ ...t, isoWeek, position })) });
    }

    await tx.auditLog.create({ data: { action: "system.seed", summary: "Demo-Redaktion angelegt" } });
  });
  return true;
}

seed()
  .then((seeded) => {
    console.log(seeded ? "Demo newsroom seeded." : "Database already has a newsroom; seed skipped.");
    console.log("Demo logins (e-mail / password):");
    for (const u of DEMO_USERS) console.log(`  ${u.roles.join(",").padEnd(10)} ${u.email.padEnd(28)} ${u.password}`);
  })
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
