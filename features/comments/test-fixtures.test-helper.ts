/** Articles, request headers and distinct commenters for the reader comment tests. */
import { randomBytes } from "node:crypto";
import { vi } from "vitest";
import { db } from "@/lib/db";

export const requestHeaders = { ip: "203.0.113.1" };

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": requestHeaders.ip }),
  cookies: async () => ({ get: () => undefined }),
}));

let n = 0;
/** A fresh client address and e-mail, so the flood and rate limits of one test never touch another. */
export function freshReader() {
  n += 1;
  requestHeaders.ip = `198.51.${n % 250}.${Math.floor(Math.random() * 250)}`;
  return { email: `leser-${randomBytes(4).toString("hex")}@example.org`, name: `Leser ${n}` };
}

export async function makeArticle(over: Record<string, unknown> = {}) {
  const section = await db.section.create({ data: { name: "Stuttgart", slug: `s-${randomBytes(4).toString("hex")}` } });
  return db.article.create({
    data: {
      slug: `a-${randomBytes(4).toString("hex")}`,
      sectionId: section.id,
      byline: "Redaktion",
      title: "Die Impfschnecke in BW",
      teaser: "Kurz",
      bodyHtml: "<p>Text</p>",
      status: "PUBLISHED",
      publishAt: new Date(Date.now() - 3600_000),
      ...over,
    },
  });
}

/** Gives the e-mail an approved history, so the new-commenter rule lets it through. */
export async function approvedHistory(email: string, articleId: number) {
  await db.comment.create({ data: { articleId, authorName: "x", authorEmail: email, ipHash: "old", body: `früher ${randomBytes(3).toString("hex")}`, status: "APPROVED", createdAt: new Date(Date.now() - 86400_000 * 3) } });
}
