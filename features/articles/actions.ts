"use server";
/**
 * Writing articles: create, save (optimistic locking: a save names the version it started from),
 * workflow transitions and restoring revisions. Every save stores a revision; every decision an
 * audit row, in the same transaction. Body HTML is sanitized here, before it is stored.
 */
import { getTranslations } from "next-intl/server";
import { ActionError, staffAction } from "@/lib/action";
import { audit } from "@/lib/audit";
import { now } from "@/lib/clock";
import { db, type Tx } from "@/lib/db";
import { revalidateArticlePages } from "@/features/articles/cache";
import { sanitizeArticleHtml } from "@/features/articles/sanitize";
import { createArticleSchema, restoreRevisionSchema, saveArticleSchema, transitionSchema, type ArticleFields } from "@/features/articles/schemas";
import { slugFromTitle, slugTaken, uniqueSlug } from "@/features/articles/slug";
import { checkTransition, statusAfter } from "@/features/articles/workflow";
import { writeRevision, type ConflictData } from "@/features/articles/revisions";

async function assertSection(tx: Tx, sectionId: number) {
  const section = await tx.section.findFirst({ where: { id: sectionId, deletedAt: null }, select: { id: true } });
  if (!section) {
    const t = await getTranslations("articles.errors");
    throw new ActionError(t("invalid"), { sectionId: [t("unknownSection")] });
  }
}

function content(fields: ArticleFields) {
  return {
    title: fields.title,
    teaser: fields.teaser,
    bodyHtml: sanitizeArticleHtml(fields.bodyHtml),
    sectionId: fields.sectionId,
    byline: fields.byline,
    metaDescription: fields.metaDescription ?? null,
    heroImage: fields.heroImage ?? null,
    heroAlt: fields.heroAlt ?? null,
    commentMode: fields.commentMode,
  };
}

export const createArticle = staffAction("articles.manage", createArticleSchema, async (fields, staff) => {
  const t = await getTranslations("articles");
  const article = await db.$transaction(async (tx) => {
    await assertSection(tx, fields.sectionId);
    let slug: string;
    if (fields.slug) {
      if (await slugTaken(tx, fields.slug)) throw new ActionError(t("errors.invalid"), { slug: [t("errors.slugTaken")] });
      slug = fields.slug;
    } else slug = await uniqueSlug(tx, slugFromTitle(fields.title));
    const created = await tx.article.create({ data: { ...content(fields), slug, authorId: staff.id, status: "DRAFT" }, select: { id: true, version: true } });
    await writeRevision(tx, created.id, staff.id);
    await audit(tx, { actorId: staff.id, action: "article.create", targetType: "article", targetId: created.id, summary: fields.title });
    return created;
  });
  return { ok: true, message: t("messages.created"), data: article };
});

export const saveArticle = staffAction("articles.manage", saveArticleSchema, async (input, staff) => {
  const t = await getTranslations("articles");
  const result = await db.$transaction(async (tx) => {
    const current = await tx.article.findFirst({ where: { id: input.id, deletedAt: null }, select: { slug: true, version: true } });
    if (!current) throw new ActionError(t("errors.notFound"));
    await assertSection(tx, input.sectionId);
    const slug = input.slug || current.slug;
    if (slug !== current.slug && (await slugTaken(tx, slug, input.id))) throw new ActionError(t("errors.invalid"), { slug: [t("errors.slugTaken")] });

    // The version guard is part of the update itself, so two saves racing each other cannot both win.
    const updated = await tx.article.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...content(input), slug, version: { increment: 1 } },
    });
    if (updated.count === 0) throw await conflict(tx, input.id, t);

    if (slug !== current.slug) {
      // The old URL keeps working; a slug taken back from the redirects is live again.
      await tx.articleSlugRedirect.deleteMany({ where: { slug } });
      await tx.articleSlugRedirect.upsert({ where: { slug: current.slug }, create: { slug: current.slug, articleId: input.id }, update: { articleId: input.id } });
    }
    const version = await writeRevision(tx, input.id, staff.id);
    await audit(tx, { actorId: staff.id, action: "article.save", targetType: "article", targetId: input.id, summary: input.title, data: { version } });
    return { version, slug, oldSlug: current.slug };
  });
  revalidateArticlePages(result.slug, result.oldSlug);
  return { ok: true, message: t("messages.saved"), data: { version: result.version, slug: result.slug } };
});

/** The refusal of a stale save: carries the other person's version so the editor can show it and a diff. */
async function conflict(tx: Tx, id: number, t: Awaited<ReturnType<typeof getTranslations>>) {
  const theirs = await tx.articleRevision.findFirst({
    where: { articleId: id },
    orderBy: { version: "desc" },
    select: { version: true, title: true, teaser: true, bodyHtml: true, createdAt: true, author: { select: { name: true } } },
  });
  const data: ConflictData | undefined = theirs
    ? { version: theirs.version, title: theirs.title, teaser: theirs.teaser, bodyHtml: theirs.bodyHtml, savedAt: theirs.createdAt.toISOString(), savedBy: theirs.author?.name ?? null }
    : undefined;
  return new ActionError(t("errors.conflict", { name: data?.savedBy ?? "?" }), undefined, { conflict: data });
}

export const transitionArticle = staffAction("articles.manage", transitionSchema, async (input, staff) => {
  const t = await getTranslations("articles");
  const at = await now();
  const result = await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.id, deletedAt: null },
      select: { status: true, authorId: true, version: true, slug: true, title: true, publishAt: true },
    });
    if (!article) throw new ActionError(t("errors.notFound"));
    if (article.version !== input.version) throw await conflict(tx, input.id, t);
    const denial = checkTransition(article, input.action, staff);
    if (denial) throw new ActionError(t(`errors.transition.${denial}`));

    const data: Record<string, unknown> = {};
    if (input.action === "submit") {
      if (!input.reviewerId) throw new ActionError(t("errors.invalid"), { reviewerId: [t("errors.reviewerRequired")] });
      await assertReviewer(tx, input.reviewerId, staff.id, t);
      data.reviewerId = input.reviewerId;
    }
    let publishAt = article.publishAt;
    if (input.action === "publish") {
      publishAt = input.publishAt instanceof Date ? input.publishAt : at;
      // A minute of grace for the time it takes to click; anything older is a typo, not a plan.
      if (input.publishAt instanceof Date && input.publishAt.getTime() < at.getTime() - 60_000) {
        throw new ActionError(t("errors.invalid"), { publishAt: [t("errors.publishInPast")] });
      }
      const unpublishAt = input.unpublishAt instanceof Date ? input.unpublishAt : null;
      if (unpublishAt && unpublishAt <= publishAt) throw new ActionError(t("errors.invalid"), { unpublishAt: [t("errors.unpublishBeforePublish")] });
      data.publishAt = publishAt;
      data.unpublishAt = unpublishAt;
    }
    if (input.action === "unpublish") data.unpublishAt = null;
    data.status = statusAfter(input.action, publishAt, at);

    const updated = await tx.article.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count === 0) throw await conflict(tx, input.id, t);
    await audit(tx, {
      actorId: staff.id,
      action: `article.${input.action}`,
      targetType: "article",
      targetId: input.id,
      summary: article.title,
      data: { from: article.status, to: data.status, publishAt: data.publishAt ?? undefined, reviewerId: data.reviewerId, note: input.note },
    });
    return { slug: article.slug, status: data.status as string, version: input.version + 1 };
  });
  revalidateArticlePages(result.slug);
  return { ok: true, message: t(`messages.${input.action}`), data: { status: result.status, version: result.version } };
});

async function assertReviewer(tx: Tx, reviewerId: number, actorId: number, t: Awaited<ReturnType<typeof getTranslations>>) {
  const reviewer = await tx.user.findFirst({
    where: { id: reviewerId, disabledAt: null, roles: { some: { role: { in: ["EDITOR", "ADMIN"] } } } },
    select: { id: true },
  });
  if (!reviewer || reviewer.id === actorId) throw new ActionError(t("errors.invalid"), { reviewerId: [t("errors.reviewerInvalid")] });
}

export const restoreRevision = staffAction("articles.manage", restoreRevisionSchema, async (input, staff) => {
  const t = await getTranslations("articles");
  const result = await db.$transaction(async (tx) => {
    const revision = await tx.articleRevision.findUnique({
      where: { articleId_version: { articleId: input.id, version: input.revision } },
      select: { title: true, teaser: true, bodyHtml: true },
    });
    if (!revision) throw new ActionError(t("errors.notFound"));
    const updated = await tx.article.updateMany({ where: { id: input.id, version: input.version, deletedAt: null }, data: { ...revision, version: { increment: 1 } } });
    if (updated.count === 0) throw await conflict(tx, input.id, t);
    const version = await writeRevision(tx, input.id, staff.id, t("messages.restoredFrom", { version: input.revision }));
    const article = await tx.article.findUniqueOrThrow({ where: { id: input.id }, select: { slug: true, title: true } });
    await audit(tx, { actorId: staff.id, action: "article.restoreRevision", targetType: "article", targetId: input.id, summary: article.title, data: { from: input.revision, version } });
    return { version, slug: article.slug };
  });
  revalidateArticlePages(result.slug);
  return { ok: true, message: t("messages.restored", { version: input.revision }), data: { version: result.version } };
});
