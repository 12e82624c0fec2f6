import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createMicroCache } from "./micro-cache.mjs";

/** A stand-in for Next: counts renders and answers with the headers a test asks for. */
async function start(answer: (req: http.IncomingMessage, res: http.ServerResponse, n: number) => void, ttlMs = 1000, maxTotalBytes?: number) {
  let clock = 0;
  const cache = createMicroCache({ ttlMs, now: () => clock, maxTotalBytes });
  let renders = 0;
  const server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return;
    renders += 1;
    answer(req, res, renders);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return {
    cache,
    get renders() {
      return renders;
    },
    tick: (ms: number) => (clock += ms),
    get: (path: string, headers: Record<string, string> = {}) => fetch(base + path, { headers }),
  };
}

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

const publicPage = (_req: http.IncomingMessage, res: http.ServerResponse, n: number) => {
  res.setHeader("Cache-Control", "s-maxage=5, stale-while-revalidate=5");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.write("<p>render ");
  res.end(`${n}</p>`);
};

describe("the reader micro-cache", () => {
  it("answers a repeat of a public page from memory, byte for byte, for one second", async () => {
    const app = await start(publicPage);
    expect(await (await app.get("/artikel/a")).text()).toBe("<p>render 1</p>");
    const again = await app.get("/artikel/a");
    expect(await again.text()).toBe("<p>render 1</p>");
    expect(again.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(again.headers.get("cache-control")).toBe("s-maxage=5, stale-while-revalidate=5");
    expect(app.renders).toBe(1);
    app.tick(1001);
    expect(await (await app.get("/artikel/a")).text()).toBe("<p>render 2</p>");
  });

  it("answers a browser's revalidation with 304 when its ETag still matches, and leaves Next's bookkeeping headers out", async () => {
    const app = await start((req, res, n) => {
      res.setHeader("ETag", `"v${n}"`);
      res.setHeader("x-nextjs-cache", "HIT");
      publicPage(req, res, n);
    });
    await app.get("/artikel/b");
    const same = await app.get("/artikel/b", { "if-none-match": '"v1"' });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe("");
    expect(same.headers.get("etag")).toBe('"v1"');
    expect(same.headers.get("cache-control")).toBe("s-maxage=5, stale-while-revalidate=5");
    const changed = await app.get("/artikel/b", { "if-none-match": '"v0"' });
    expect(changed.status).toBe(200);
    expect(await changed.text()).toBe("<p>render 1</p>");
    expect(changed.headers.get("x-nextjs-cache")).toBeNull();
    expect(changed.headers.get("content-length")).toBe("15");
    expect(app.renders).toBe(1);
  });

  it("keeps its bodies within a byte budget, dropping the oldest first, and never keeps a body larger than the budget", async () => {
    // "<p>render N</p>" is 15 bytes: two fit into 40, a third pushes out the oldest.
    const app = await start(publicPage, 1000, 40);
    await app.get("/artikel/a");
    await app.get("/artikel/b");
    expect([app.cache.size, app.cache.bytes]).toEqual([2, 30]);
    await app.get("/artikel/c");
    expect([app.cache.size, app.cache.bytes]).toEqual([2, 30]);
    expect(await (await app.get("/artikel/c")).text()).toBe("<p>render 3</p>"); // kept
    expect(await (await app.get("/artikel/a")).text()).toBe("<p>render 4</p>"); // dropped, rendered again
    app.cache.clear();
    expect([app.cache.size, app.cache.bytes]).toEqual([0, 0]);

    const big = await start((_req, res, n) => {
      res.setHeader("Cache-Control", "s-maxage=5");
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(`<p>${"x".repeat(50)} ${n}</p>`);
    }, 1000, 40);
    await big.get("/artikel/gross");
    expect(await (await big.get("/artikel/gross")).text()).toContain(" 2</p>");
    expect([big.cache.size, big.cache.bytes]).toEqual([0, 0]);
  });

  it("is emptied by clear() (a write in this instance)", async () => {
    const app = await start(publicPage);
    await app.get("/");
    app.cache.clear();
    expect(await (await app.get("/")).text()).toBe("<p>render 2</p>");
  });

  it("never keeps private, cookie-setting, error or dashboard answers", async () => {
    const app = await start((req, res, n) => {
      if (req.url === "/privat") res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
      else res.setHeader("Cache-Control", "s-maxage=5");
      if (req.url === "/cookie") res.setHeader("Set-Cookie", "a=b");
      if (req.url === "/fehler") res.statusCode = 500;
      res.end(String(n));
    });
    for (const path of ["/privat", "/cookie", "/fehler", "/admin/articles", "/api/x"]) {
      const first = await (await app.get(path)).text();
      expect(await (await app.get(path)).text(), path).not.toBe(first);
    }
  });

  it("passes client-side navigation and prefetch requests through, and keeps gzip apart from plain", async () => {
    const app = await start(publicPage);
    await app.get("/artikel/b");
    expect(await (await app.get("/artikel/b", { RSC: "1" })).text()).toBe("<p>render 2</p>");
    expect(await (await app.get("/artikel/b", { "Next-Router-Prefetch": "1" })).text()).toBe("<p>render 3</p>");
    expect(app.renders).toBe(3);
    // (fetch itself asks for gzip: the plain variant is a separate entry.)
    await app.get("/artikel/b", { "Accept-Encoding": "identity" });
    expect(app.renders).toBe(4);
    await app.get("/artikel/b", { "Accept-Encoding": "identity" });
    expect(app.renders).toBe(4);
  });
});

/** A dynamic reader page as Next answers it: private, with the CSP nonce of this render. */
const dynamicPage = (_req: http.IncomingMessage, res: http.ServerResponse, n: number) => {
  res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Security-Policy", `script-src 'nonce-n${n}'`);
  res.setHeader("ETag", `"v${n}"`);
  res.end(`<script nonce="n${n}"></script>`);
};

describe("the reader micro-cache for dynamic reader pages", () => {
  it("keeps the HTML of the reader page paths for one second, with the policy of the render it came from", async () => {
    const app = await start(dynamicPage);
    for (const path of ["/", "/artikel/a", "/artikel/a/kommentare/12", "/ressort/stuttgart", "/ressort/stuttgart/seite/2"]) {
      const first = await app.get(path);
      const again = await app.get(path);
      expect(await again.text(), path).toBe(await first.text());
      expect(again.headers.get("content-security-policy"), path).toBe(first.headers.get("content-security-policy"));
    }
    expect(app.renders).toBe(5);
    app.tick(1001);
    expect(await (await app.get("/artikel/a")).text()).toBe('<script nonce="n6"></script>');
  });

  it("keeps a reader page's 404, but no other status, no Set-Cookie and no other content type", async () => {
    const app = await start((req, res, n) => {
      if (req.url === "/artikel/weg") res.statusCode = 404;
      if (req.url === "/artikel/fehler") res.statusCode = 500;
      if (req.url === "/artikel/keks") res.setHeader("Set-Cookie", "a=b");
      dynamicPage(req, res, n);
      if (req.url === "/ressort/json") res.setHeader("Content-Type", "application/json");
    });
    await app.get("/artikel/weg");
    expect((await app.get("/artikel/weg")).status).toBe(404);
    expect(app.renders).toBe(1);
    for (const path of ["/artikel/fehler", "/artikel/keks"]) {
      const first = await (await app.get(path)).text();
      expect(await (await app.get(path)).text(), path).not.toBe(first);
    }
  });

  it("never keeps the dynamic pages of other paths: staff, login, tokens, forms, previews, query strings", async () => {
    const app = await start(dynamicPage);
    const paths = ["/admin", "/login", "/einladung/t", "/api/x", "/vorschau/1", "/abo/verwalten/t", "/abo/abmelden/t", "/werben", "/newsletter", "/artikel/a/kommentar/1/t", "/artikel/a/melden/1", "/artikel/a/antworten/1", "/artikel/a?x=1", "/ressort/a/seite/x"];
    for (const path of paths) {
      const first = await (await app.get(path)).text();
      expect(await (await app.get(path)).text(), path).not.toBe(first);
    }
  });

  it("answers a matching If-None-Match with a 304 that sends no policy (its nonce belongs to the body the browser has)", async () => {
    const app = await start(dynamicPage);
    await app.get("/artikel/c");
    const same = await app.get("/artikel/c", { "if-none-match": '"v1"' });
    expect(same.status).toBe(304);
    expect(same.headers.get("etag")).toBe('"v1"');
    expect(same.headers.get("content-security-policy")).toBeNull();
  });
});

describe("the reader micro-cache when an entry expires", () => {
  it("lets one request refresh it from Next while the others still get the previous answer", async () => {
    let release: () => void = () => {};
    const app = await start((req, res, n) => {
      res.setHeader("Cache-Control", "s-maxage=5");
      if (n === 2) {
        // The refresh is slow: the answer comes only when the test releases it.
        release = () => res.end(`render ${n}`);
        return;
      }
      res.end(`render ${n}`);
    });
    await app.get("/seite");
    app.tick(1001);
    const refreshing = app.get("/seite");
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await (await app.get("/seite")).text()).toBe("render 1");
    expect(app.renders).toBe(2);
    release();
    expect(await (await refreshing).text()).toBe("render 2");
    expect(await (await app.get("/seite")).text()).toBe("render 2");
  });

  it("does not serve an entry long past its time even if its refresh never finished", async () => {
    const app = await start((req, res, n) => {
      res.setHeader("Cache-Control", "s-maxage=5");
      if (n === 2) return; // this refresh never answers
      res.end(`render ${n}`);
    });
    await app.get("/seite");
    app.tick(1001);
    void app.get("/seite").catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    app.tick(5000);
    expect(await (await app.get("/seite")).text()).toBe("render 3");
  });
});
