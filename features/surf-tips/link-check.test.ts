import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkSurfTipLinksNow } from "@/features/surf-tips/actions";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { checkLink, checkSurfTipLinks, linkChecking, publicFetcher, type LinkFetcher } from "@/features/surf-tips/link-check";
import { addWeeks } from "@/features/surf-tips/weeks";
import { isoWeekOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { signInAs, signOut } from "@/test/session";

const tag = `lc-${Date.now().toString(36)}`;
const at = new Date();
const current = isoWeekOf(at);

type Answer = number | { status: number; location: string } | "error";

/** A fake web: per address and method an answer (default 404); records every request it gets. */
function fakeWeb(pages: Record<string, Partial<Record<"HEAD" | "GET", Answer>>>) {
  const calls: { url: string; method: string; redirect: RequestRedirect | undefined }[] = [];
  const fetcher: LinkFetcher = async (url, init) => {
    const method = (init.method ?? "GET") as "HEAD" | "GET";
    calls.push({ url, method, redirect: init.redirect });
    const answer = pages[url]?.[method] ?? 404;
    if (answer === "error") throw new TypeError("fetch failed");
    if (typeof answer === "number") return new Response(method === "HEAD" || answer === 204 ? null : "body", { status: answer });
    return new Response(null, { status: answer.status, headers: { location: answer.location } });
  };
  return { fetcher, calls };
}

const url = (name: string) => `https://${name}.${tag}.example/`;

describe("checkLink", () => {
  it("is OK on a 2xx to HEAD, and falls back to GET when HEAD is refused or fails", async () => {
    const web = fakeWeb({
      [url("head")]: { HEAD: 200 },
      [url("nohead")]: { HEAD: 405, GET: 200 },
      [url("headerror")]: { HEAD: "error", GET: 204 },
    });
    expect(await checkLink(url("head"), web.fetcher)).toBe("OK");
    expect(await checkLink(url("nohead"), web.fetcher)).toBe("OK");
    expect(await checkLink(url("headerror"), web.fetcher)).toBe("OK");
    expect(web.calls.filter((c) => c.url === url("head")).map((c) => c.method)).toEqual(["HEAD"]);
    expect(web.calls.filter((c) => c.url === url("nohead")).map((c) => c.method)).toEqual(["HEAD", "GET"]);
    // Redirects are never left to fetch: each hop is looked at.
    expect(web.calls.every((c) => c.redirect === "manual")).toBe(true);
  });

  it("is UNREACHABLE on 4xx/5xx and network errors", async () => {
    const web = fakeWeb({ [url("gone")]: { HEAD: 404, GET: 410 }, [url("down")]: { HEAD: "error", GET: "error" }, [url("broken")]: { HEAD: 500, GET: 503 } });
    for (const name of ["gone", "down", "broken"]) expect(await checkLink(url(name), web.fetcher), name).toBe("UNREACHABLE");
  });

  it("follows redirects to http(s) only, and not forever", async () => {
    const web = fakeWeb({
      [url("moved")]: { HEAD: { status: 301, location: "/neu" } },
      [`${url("moved")}neu`]: { HEAD: { status: 302, location: url("final") } },
      [url("final")]: { HEAD: 200 },
      [url("tojs")]: { HEAD: { status: 302, location: "javascript:alert(1)" }, GET: { status: 302, location: "javascript:alert(1)" } },
      [url("todata")]: { HEAD: { status: 307, location: "data:text/html,x" }, GET: { status: 307, location: "data:text/html,x" } },
      [url("loop")]: { HEAD: { status: 302, location: url("loop") }, GET: { status: 302, location: url("loop") } },
    });
    expect(await checkLink(url("moved"), web.fetcher)).toBe("OK");
    expect(await checkLink(url("tojs"), web.fetcher)).toBe("UNREACHABLE");
    expect(await checkLink(url("todata"), web.fetcher)).toBe("UNREACHABLE");
    expect(await checkLink(url("loop"), web.fetcher)).toBe("UNREACHABLE");
    expect(web.calls.some((c) => !c.url.startsWith("https://"))).toBe(false);
    expect(web.calls.filter((c) => c.url === url("loop")).length).toBeLessThanOrEqual(12);
  });

  it("never requests anything but http(s)", async () => {
    const web = fakeWeb({});
    expect(await checkLink("javascript:alert(1)", web.fetcher)).toBe("UNREACHABLE");
    expect(await checkLink("file:///etc/passwd", web.fetcher)).toBe("UNREACHABLE");
    expect(web.calls).toEqual([]);
  });
});

describe("checkSurfTipLinks", () => {
  const tips: Record<string, number> = {};

  beforeEach(async () => {
    const make = async (key: string, isoWeek: string, address: string, extra: object = {}) =>
      (tips[key] = (await db.surfTip.create({ data: { isoWeek, position: 0, label: key, url: address, ...extra } })).id);
    await make("ok", current, url("ok"));
    await make("dead", addWeeks(current, 1), url("dead"));
    await make("deadToo", addWeeks(current, 2), url("dead"));
    await make("lastWeek", addWeeks(current, 12), url("ok"));
    await make("past", addWeeks(current, -1), url("ok"));
    await make("tooFar", addWeeks(current, 13), url("ok"));
    await make("fresh", addWeeks(current, 3), url("fresh"), { linkStatus: "OK", linkCheckedAt: new Date(at.getTime() - 3600_000) });
  });

  afterEach(async () => {
    await db.surfTip.deleteMany({ where: { id: { in: Object.values(tips) } } });
  });

  const statusOf = async (key: string) => db.surfTip.findUniqueOrThrow({ where: { id: tips[key] }, select: { linkStatus: true, linkCheckedAt: true } });

  it("stores OK / UNREACHABLE for the current and the 12 coming weeks, one request per address", async () => {
    const web = fakeWeb({ [url("ok")]: { HEAD: 200 }, [url("fresh")]: { HEAD: 200 } });
    const summary = await checkSurfTipLinks(at, { fetcher: web.fetcher });
    expect(summary.checked).toBeGreaterThanOrEqual(5);
    expect(summary.unreachable).toBeGreaterThanOrEqual(2);
    expect(await statusOf("ok")).toEqual({ linkStatus: "OK", linkCheckedAt: at });
    expect(await statusOf("lastWeek")).toEqual({ linkStatus: "OK", linkCheckedAt: at });
    expect(await statusOf("dead")).toEqual({ linkStatus: "UNREACHABLE", linkCheckedAt: at });
    expect(await statusOf("deadToo")).toEqual({ linkStatus: "UNREACHABLE", linkCheckedAt: at });
    expect(await statusOf("past")).toEqual({ linkStatus: null, linkCheckedAt: null });
    expect(await statusOf("tooFar")).toEqual({ linkStatus: null, linkCheckedAt: null });
    expect(web.calls.filter((c) => c.url === url("dead") && c.method === "HEAD")).toHaveLength(1);
  });

  it("the daily run skips tips checked in the last hours", async () => {
    const web = fakeWeb({ [url("ok")]: { HEAD: 200 } });
    await checkSurfTipLinks(at, { fetcher: web.fetcher, onlyStale: true });
    expect(web.calls.some((c) => c.url === url("fresh"))).toBe(false);
    expect((await statusOf("fresh")).linkStatus).toBe("OK");
    expect((await statusOf("ok")).linkStatus).toBe("OK");
  });

  it("keeps a tip whose address changed during the check unchecked", async () => {
    const fetcher: LinkFetcher = async () => {
      await db.surfTip.update({ where: { id: tips.dead }, data: { url: url("changed") } });
      return new Response(null, { status: 404 });
    };
    await checkSurfTipLinks(at, { fetcher });
    expect(await statusOf("dead")).toEqual({ linkStatus: null, linkCheckedAt: null });
  });

  it("runs as a staff action ('Links prüfen') with an audit row, here with a fake web", async () => {
    const web = fakeWeb({ [url("ok")]: { HEAD: 200 } });
    linkChecking.fetcher = web.fetcher;
    try {
      const manager = await signInAs(["AD_MANAGER"]);
      const result = await checkSurfTipLinksNow();
      expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^\d+ Links geprüft, \d+ nicht erreichbar\.$/) });
      expect((await statusOf("dead")).linkStatus).toBe("UNREACHABLE");
      const [row] = await db.auditLog.findMany({ where: { action: "surftip.linkCheck" }, orderBy: { id: "desc" }, take: 1 });
      expect(row).toMatchObject({ actorId: manager.id, data: result.ok ? result.data : {} });
    } finally {
      linkChecking.fetcher = publicFetcher;
      signOut();
    }
  });
});

describe("the real fetcher", () => {
  it("never connects to this machine or a private network, whatever the address looks like (SSRF)", async () => {
    let hits = 0;
    const server = http.createServer((_req, res) => {
      hits += 1;
      res.end("internal");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const target of [`http://127.0.0.1:${port}/`, `http://localhost:${port}/`, `http://2130706433:${port}/`, `http://[::ffff:127.0.0.1]:${port}/`, "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"]) {
        expect(await checkLink(target, publicFetcher, 2_000), target).toBe("UNREACHABLE");
      }
      // A public page that redirects inside is refused at the redirect.
      const redirecting: LinkFetcher = async (u, init) => (u.startsWith("https://public.example") ? new Response(null, { status: 302, headers: { location: `http://127.0.0.1:${port}/` } }) : publicFetcher(u, init));
      expect(await checkLink("https://public.example/", redirecting, 2_000)).toBe("UNREACHABLE");
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });
});
