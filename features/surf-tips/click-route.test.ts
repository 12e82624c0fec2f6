import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET, HEAD } from "@/app/surftipp/[id]/route";
import { SurfTipsBox } from "@/features/surf-tips/components/surf-tips-box";
import { SurfTipsPreview } from "@/features/surf-tips/components/surf-tips-preview";
import { addWeeks } from "@/features/surf-tips/weeks";
import { isoWeekOf } from "@/lib/dates";
import { db } from "@/lib/db";

const current = isoWeekOf(new Date());
const made: number[] = [];
let live: number;
let lastWeek: number;
let planned: number;
let unsafe: number;

const tip = async (isoWeek: string, label: string, url: string) => {
  const row = await db.surfTip.create({ data: { isoWeek, position: made.length, label, url } });
  made.push(row.id);
  return row.id;
};

beforeAll(async () => {
  live = await tip(current, "Verbrecherjagt", "https://www.polizei-bw.de/");
  lastWeek = await tip(addWeeks(current, -1), "Telefonspam", "https://www.bundesnetzagentur.de/");
  planned = await tip(addWeeks(current, 1), "Geheim", "https://noch-nicht.example/");
  // Stored before validation existed, or by hand: never followed.
  unsafe = await tip(current, "Böse", "javascript:alert(document.cookie)");
});

afterAll(async () => {
  await db.surfTip.deleteMany({ where: { id: { in: made } } });
});

const call = (handler: typeof GET, id: string, query = "", headers: HeadersInit = {}) =>
  handler(new Request(`http://localhost/surftipp/${encodeURIComponent(id)}${query}`, { method: handler === HEAD ? "HEAD" : "GET", headers }), {
    params: Promise.resolve({ id }),
  });

const clicks = async (id: number) => (await db.surfTip.findUniqueOrThrow({ where: { id } })).clicks;

describe("GET /surftipp/[id]", () => {
  it("counts the click and redirects to the tip's own address, uncached", async () => {
    const response = await call(GET, String(live));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://www.polizei-bw.de/");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await clicks(live)).toBe(1);
    await Promise.all([call(GET, String(live)), call(GET, String(live)), call(GET, String(live))]);
    expect(await clicks(live)).toBe(4);
  });

  it("still follows last week's tips (cached pages, bookmarks) but not those of a week to come", async () => {
    expect((await call(GET, String(lastWeek))).headers.get("location")).toBe("https://www.bundesnetzagentur.de/");
    expect(await clicks(lastWeek)).toBe(1);
    const response = await call(GET, String(planned));
    expect(response.status).toBe(404);
    expect(response.headers.get("location")).toBeNull();
    expect(await clicks(planned)).toBe(0);
  });

  it("never redirects anywhere the request names: the destination is only ever the stored one", async () => {
    for (const query of ["?url=https://evil.example/", "?next=//evil.example", "?to=javascript:alert(1)"]) {
      const response = await call(GET, String(live), query, { referer: "https://evil.example/", host: "evil.example", "x-forwarded-host": "evil.example" });
      expect(response.status, query).toBe(302);
      expect(response.headers.get("location"), query).toBe("https://www.polizei-bw.de/");
    }
  });

  it("is a 404 for a stored address that is not http(s)", async () => {
    const response = await call(GET, String(unsafe));
    expect(response.status).toBe(404);
    expect(response.headers.get("location")).toBeNull();
  });

  it("is a 404 for unknown and malformed ids", async () => {
    const before = await db.surfTip.aggregate({ _sum: { clicks: true } });
    for (const bad of ["999999999", "0", "-1", "01", "1e3", "+1", " 1", "1.0", "0x1", "abc", "", "2147483648", "99999999999", "//evil.example", "/\\evil.example", "https://evil.example", "javascript:alert(1)", `${live}/..`, `${live}?x`]) {
      const response = await call(GET, bad);
      expect(response.status, bad).toBe(404);
      expect(response.headers.get("location"), bad).toBeNull();
      expect(response.headers.get("cache-control"), bad).toBe("no-store");
    }
    expect(await db.surfTip.aggregate({ _sum: { clicks: true } })).toEqual(before);
  });

  it("answers HEAD like GET without counting", async () => {
    const before = await clicks(live);
    const response = await call(HEAD, String(live));
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://www.polizei-bw.de/");
    expect((await call(HEAD, String(planned))).status).toBe(404);
    expect(await clicks(live)).toBe(before);
  });
});

describe("the sidebar box", () => {
  it("links readers through the counting route, nofollow, and shows an unsafe address as plain text", async () => {
    const tips = [
      { id: 7, label: "Verbrecherjagt", url: "https://www.polizei-bw.de/" },
      { id: 8, label: "<b>Telefonspam</b>", url: "javascript:alert(1)" },
    ];
    const readerBox = (list: typeof tips) => renderToStaticMarkup(SurfTipsBox({ tips: list, texts: { title: "Surftip der Woche:", empty: "Diese Woche gibt es keinen Surftip." } }));
    const html = readerBox(tips);
    expect(html).toContain('<a href="/surftipp/7" rel="nofollow noopener"');
    expect(html).toContain("Surftip der Woche:");
    expect(html).not.toContain("javascript:");
    expect(html).not.toContain("polizei-bw.de");
    expect(html).toContain("<span>&lt;b&gt;Telefonspam&lt;/b&gt;</span>");
    // The planner's preview links straight to the address, so staff checks are not counted as clicks.
    const preview = renderToStaticMarkup(await SurfTipsPreview({ tips }));
    expect(preview).toContain('<a href="https://www.polizei-bw.de/" rel="nofollow noopener"');
    expect(preview).toContain("Surftip der Woche:");
    expect(readerBox([])).toContain("Diese Woche gibt es keinen Surftip.");
    expect(readerBox([])).not.toContain("<ul");
  });
});
