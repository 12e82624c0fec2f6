/**
 * The article workflow as one pure function: which status change may whom make.
 * DRAFT → IN_REVIEW (a reviewer is named) → SCHEDULED / PUBLISHED → ARCHIVED, with the way back.
 * Four eyes: an article goes live from review, decided by someone other than its author; only an
 * ADMIN may publish an unreviewed draft directly. Whether it is SCHEDULED or PUBLISHED follows from
 * publishAt (future or not), never from a job.
 */
import type { Role } from "@/lib/permissions";

export const ARTICLE_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "ARCHIVED"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];
export type WorkflowAction = "submit" | "sendBack" | "publish" | "unpublish" | "archive" | "restore";

export type WorkflowSubject = { status: ArticleStatus; authorId: number | null };
export type WorkflowActor = { id: number; roles: readonly Role[] };

export type TransitionDenial = "wrongState" | "fourEyes" | "adminOnly";

const FROM: Record<WorkflowAction, readonly ArticleStatus[]> = {
  submit: ["DRAFT"],
  sendBack: ["IN_REVIEW"],
  publish: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED"],
  unpublish: ["SCHEDULED", "PUBLISHED"],
  archive: ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED"],
  restore: ["ARCHIVED"],
};

/** null when allowed, else why not. */
export function checkTransition(article: WorkflowSubject, action: WorkflowAction, actor: WorkflowActor): TransitionDenial | null {
  if (!FROM[action].includes(article.status)) return "wrongState";
  if (action !== "publish" || article.status === "SCHEDULED" || article.status === "PUBLISHED") return null;
  const isAdmin = actor.roles.includes("ADMIN");
  if (article.status === "DRAFT") return isAdmin ? null : "adminOnly";
  // IN_REVIEW: someone other than the author decides (an ADMIN may decide their own).
  return isAdmin || article.authorId !== actor.id ? null : "fourEyes";
}

/** The status an action leads to; publishing depends on whether publishAt lies in the future. */
export function statusAfter(action: WorkflowAction, publishAt: Date | null, now: Date): ArticleStatus {
  switch (action) {
    case "submit":
      return "IN_REVIEW";
    case "sendBack":
    case "unpublish":
    case "restore":
      return "DRAFT";
    case "archive":
      return "ARCHIVED";
    case "publish":
      return publishAt && publishAt > now ? "SCHEDULED" : "PUBLISHED";
  }
}
