import { randomBytes } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/(admin)/admin/comments/actions.csv/route";
import { streamModerationActionsCsv, type ExportLabels } from "@/features/comments/export";
import { db } from "@/lib/db";
import { signInAs, signOut } from "@/test/session";
import { parseCsv } from "@/lib/csv.test-helper";

const tag = randomBytes(3).toString("hex");
const url = (query = "") => new Request(`http://localhost/admin/comments/actions.csv${query}`);
let comment: { id: number };
let moderator: { id: number };
// A day no other test writes moderation actions to: the whole run shares one database.
const DAY = "2003-03-12";

beforeAll(async () => {
  const section = await db.section.create({ data: { name: "Export", slug: `export-${tag}` } });
  const article = await db.article.create({
    data: { slug: `export-${tag}`, sectionId: section.id, byline: "x", title: 'Die "Impfschnecke", BW', teaser: "x", bodyHtml: "", status: "PUBLISHED", publishAt: new Date("2003-03-01T08:00:00Z") },
  });
  comment = await db.comment.create({
    data: { articleId: article.id, authorName: "Mallory", authorEmail: `=cmd|' /C calc'!A0-${tag}@example.org`, ipHash: "h", body: "b", status: "REJECTED", createdAt: new Date("2003-03-12T08:00:00Z") },
  });
  moderator = await db.user.create({ data: { email: `mod-export-${tag}@test.local`, name: "@Mia Moderatorin" } });
  await db.moderationAction.createMany({
    data: [
      { commentId: comment.id, actorId: null, action: "HOLD", toStatus: "PENDING", createdAt: new Date("2003-03-12T08:00:00Z") },
      // 23:30 in Berlin on the 12th (UTC+1): inside the day, although the UTC date is the same.
      { commentId: comment.id, actorId: moderator.id, action: "REJECT", fromStatus: "PENDING", toStatus: "REJECTED", reason: "OFFENSIVE", note: "=SUM(A1:A9)", createdAt: new Date("2003-03-12T22:30:00Z") },
      // 00:30 on the 13th in Berlin: outside the day.
      { commentId: comment.id, actorId: moderator.id, action: "UNDO", fromStatus: "REJECTED", toStatus: "PENDING", createdAt: new Date("2003-03-12T23:30:00Z") },
    ],
  });
});

afterEach(() => signOut());

describe("GET /admin/comments/actions.csv", () => {
  it("streams the moderation actions to a moderator as UTF-8 CSV with BOM, as a dated attachment", async () => {
    await signInAs(["MODERATOR"]);
    const res = await GET(url(`?from=${DAY}&to=${DAY}`));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="moderation-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1));
    expect(rows[0]).toEqual(["Zeit", "Moderator", "Aktion", "Von", "Nach", "Grund", "Notiz", "Kommentar-ID", "Artikel", "E-Mail des Kommentators"]);
    expect(rows.slice(1)).toEqual([
      ["2003-03-12T08:00:00.000Z", "Regelwerk", "HOLD", "", "PENDING", "", "", String(comment.id), 'Die "Impfschnecke", BW', `'=cmd|' /C calc'!A0-${tag}@example.org`],
      ["2003-03-12T22:30:00.000Z", "'@Mia Moderatorin", "REJECT", "PENDING", "REJECTED", "OFFENSIVE", "'=SUM(A1:A9)", String(comment.id), 'Die "Impfschnecke", BW', `'=cmd|' /C calc'!A0-${tag}@example.org`],
    ]);
    // The formula never starts a cell.
    for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const logged = await db.auditLog.findFirst({ where: { action: "comment.actions.export" }, orderBy: { id: "desc" } });
    expect(logged?.summary).toBe(`export moderation actions ${DAY} – ${DAY}`);
  });

  it("without a range exports everything, oldest first", async () => {
    await signInAs(["ADMIN"]);
    const res = await GET(url());
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""));
    const ours = rows.filter((r) => r[7] === String(comment.id)).map((r) => r[2]);
    expect(ours).toEqual(["HOLD", "REJECT", "UNDO"]);
  });

  it("answers 403 to an editor, 401 without a session, and reads nothing", async () => {
    await signInAs(["EDITOR"]);
    const forbidden = await GET(url());
    expect(forbidden.status).toBe(403);
    expect(await forbidden.text()).not.toContain("SUM");
    signOut();
    const anonymous = await GET(url());
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("content-disposition")).toBeNull();
  });

  it("refuses a malformed or reversed range with 400", async () => {
    await signInAs(["MODERATOR"]);
    for (const q of ["?from=2003-02-30", "?from=2003-13-01", "?to=12.03.2003", "?from=2003-03-13&to=2003-03-12", "?from=' OR 1=1--"]) {
      expect((await GET(url(q))).status, q).toBe(400);
    }
  });
});

describe("streamModerationActionsCsv", () => {
  it("reads in keyset batches and yields every row exactly once", async () => {
    await signInAs(["MODERATOR"]);
    const labels: ExportLabels = { columns: ["t", "m", "a", "f", "to", "r", "n", "c", "ar", "e"], rules: "R" };
    const stream = await streamModerationActionsCsv({ from: "2003-03-01", to: "2003-03-31" }, labels, 1);
    const reader = stream.getReader();
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(decoder.decode(value));
    }
    // Header, then one chunk per batch of one row.
    expect(chunks).toHaveLength(4);
    const rows = parseCsv(chunks.join("").replace(/^\uFEFF/, ""));
    expect(rows.slice(1).map((r) => r[2])).toEqual(["HOLD", "REJECT", "UNDO"]);
  });

  it("refuses before streaming when the caller may not moderate", async () => {
    await signInAs(["AD_MANAGER"]);
    await expect(streamModerationActionsCsv({}, { columns: ["", "", "", "", "", "", "", "", "", ""], rules: "" })).rejects.toThrow("forbidden");
  });
});
