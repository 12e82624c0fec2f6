import { describe, expect, it } from "vitest";
import { checkTransition, statusAfter, type ArticleStatus, type WorkflowAction } from "@/features/articles/workflow";

const author = { id: 1, roles: ["EDITOR"] as const };
const colleague = { id: 2, roles: ["EDITOR"] as const };
const admin = { id: 3, roles: ["ADMIN"] as const };
const art = (status: ArticleStatus) => ({ status, authorId: author.id });

describe("article workflow", () => {
  it("lets an editor submit a draft for review and send it back", () => {
    expect(checkTransition(art("DRAFT"), "submit", author)).toBeNull();
    expect(checkTransition(art("IN_REVIEW"), "sendBack", colleague)).toBeNull();
  });

  it("publishes from review only by someone other than the author (four eyes)", () => {
    expect(checkTransition(art("IN_REVIEW"), "publish", author)).toBe("fourEyes");
    expect(checkTransition(art("IN_REVIEW"), "publish", colleague)).toBeNull();
    expect(checkTransition({ status: "IN_REVIEW", authorId: admin.id }, "publish", admin)).toBeNull();
  });

  it("refuses a forged publish of an unreviewed draft unless the actor is an admin", () => {
    expect(checkTransition(art("DRAFT"), "publish", colleague)).toBe("adminOnly");
    expect(checkTransition(art("DRAFT"), "publish", { id: 9, roles: ["EDITOR", "MODERATOR"] })).toBe("adminOnly");
    expect(checkTransition(art("DRAFT"), "publish", admin)).toBeNull();
  });

  it("lets any editor reschedule, unpublish and archive what is out", () => {
    for (const status of ["SCHEDULED", "PUBLISHED"] as const) {
      expect(checkTransition(art(status), "publish", author)).toBeNull();
      expect(checkTransition(art(status), "unpublish", author)).toBeNull();
      expect(checkTransition(art(status), "archive", author)).toBeNull();
    }
  });

  it.each<[ArticleStatus, WorkflowAction]>([
    ["ARCHIVED", "publish"],
    ["ARCHIVED", "submit"],
    ["DRAFT", "unpublish"],
    ["DRAFT", "sendBack"],
    ["IN_REVIEW", "submit"],
    ["PUBLISHED", "restore"],
    ["ARCHIVED", "archive"],
  ])("refuses %s → %s", (status, action) => {
    expect(checkTransition(art(status), action, admin)).toBe("wrongState");
  });

  it("derives SCHEDULED or PUBLISHED from the publish time", () => {
    const now = new Date("2026-11-27T12:00:00Z");
    expect(statusAfter("publish", new Date("2026-11-27T12:01:00Z"), now)).toBe("SCHEDULED");
    expect(statusAfter("publish", now, now)).toBe("PUBLISHED");
    expect(statusAfter("publish", null, now)).toBe("PUBLISHED");
    expect(statusAfter("unpublish", null, now)).toBe("DRAFT");
    expect(statusAfter("archive", null, now)).toBe("ARCHIVED");
  });
});
