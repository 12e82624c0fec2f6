import { describe, expect, it } from "vitest";
import { articleListHref, decodeArticleCursor, encodeArticleCursor, parseArticleListParams } from "@/features/articles/list-params";

describe("parseArticleListParams", () => {
  it("gives the default view for no or empty params", () => {
    expect(parseArticleListParams({})).toEqual({ sort: "updated", dir: "desc" });
    expect(parseArticleListParams(undefined)).toEqual({ sort: "updated", dir: "desc" });
  });

  it("reads every filter", () => {
    expect(parseArticleListParams({ status: "IN_REVIEW", section: "3", author: "7", reviewer: "9", q: "  Radweg ", sort: "title", dir: "desc" })).toEqual({
      status: "IN_REVIEW",
      section: 3,
      author: 7,
      reviewer: 9,
      q: "Radweg",
      sort: "title",
      dir: "desc",
    });
    expect(parseArticleListParams({ status: "TRASH" }).status).toBe("TRASH");
    expect(parseArticleListParams({ sort: "title" }).dir).toBe("asc");
  });

  it("drops values that do not fit, one by one, and never throws", () => {
    const parsed = parseArticleListParams({ status: "DELETED", section: "-1", author: "abc", reviewer: "99999999999", q: "x".repeat(101), sort: "random", dir: "up", cursor: "!!!" });
    expect(parsed).toEqual({ sort: "updated", dir: "desc" });
    expect(parseArticleListParams({ status: ["PUBLISHED", "DRAFT"], q: ["a", "b"] })).toMatchObject({ status: "PUBLISHED", q: "a" });
    expect(parseArticleListParams({ section: "0", q: "   " })).toEqual({ sort: "updated", dir: "desc" });
  });

  it("the review inbox is a fixed view that a status cannot change", () => {
    expect(parseArticleListParams({ inbox: "1", status: "DRAFT" })).toEqual({ inbox: true, sort: "updated", dir: "desc" });
    expect(parseArticleListParams({ inbox: "yes" })).toEqual({ sort: "updated", dir: "desc" });
  });
});

describe("cursors", () => {
  it("round-trip as opaque base64url", () => {
    const cursor = { sort: "updated" as const, value: "2026-01-02T03:04:05.678Z", id: 42 };
    const encoded = encodeArticleCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeArticleCursor(encoded, "updated")).toEqual(cursor);
    expect(parseArticleListParams({ cursor: encoded }).cursor).toEqual(cursor);
    const noPublish = { sort: "publish" as const, value: null, id: 7 };
    expect(decodeArticleCursor(encodeArticleCursor(noPublish), "publish")).toEqual(noPublish);
    const title = { sort: "title" as const, value: "Größere Straßenbahn", id: 3 };
    expect(decodeArticleCursor(encodeArticleCursor(title), "title")).toEqual(title);
  });

  it("a tampered or foreign cursor means the first page", () => {
    const b64 = (v: unknown) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");
    for (const bad of [
      "",
      "not base64!",
      b64("{"),
      b64({ s: "updated", v: "gestern", i: 1 }),
      b64({ s: "updated", v: "2026-01-02T03:04:05.678Z", i: -1 }),
      b64({ s: "updated", v: "2026-01-02T03:04:05.678Z", i: 1.5 }),
      b64({ s: "updated", v: "2026-01-02T03:04:05.678Z", i: 3_000_000_000 }),
      b64({ s: "title", v: 5, i: 1 }),
      b64({ s: "updated", v: null, i: 1 }),
      b64([1, 2]),
      b64("x".repeat(2000)),
    ]) {
      expect(parseArticleListParams({ cursor: bad }).cursor).toBeUndefined();
    }
    // A cursor of another sort order does not apply.
    const title = encodeArticleCursor({ sort: "title", value: "A", id: 1 });
    expect(parseArticleListParams({ cursor: title }).cursor).toBeUndefined();
    expect(parseArticleListParams({ cursor: title, sort: "title" }).cursor).toEqual({ sort: "title", value: "A", id: 1 });
  });
});

describe("articleListHref", () => {
  it("leaves defaults out and keeps the rest", () => {
    expect(articleListHref({})).toBe("/admin/articles");
    expect(articleListHref({ sort: "updated", dir: "desc" })).toBe("/admin/articles");
    expect(articleListHref({ status: "DRAFT", q: "Bahn & Bus", sort: "title", dir: "asc", section: 2 })).toBe("/admin/articles?status=DRAFT&section=2&q=Bahn+%26+Bus&sort=title");
    expect(articleListHref({ inbox: true, status: "DRAFT", dir: "asc", cursor: "abc" })).toBe("/admin/articles?inbox=1&dir=asc&cursor=abc");
  });
});
