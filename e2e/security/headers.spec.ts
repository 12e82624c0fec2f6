/**
 * The "headers" row of ../shared/SECURITY.md: every kind of response carries the nonce-based CSP
 * (server/csp.mjs, set per request by server/serve.mjs) or, for uploaded media, its stricter policy, and
 * nosniff, Referrer-Policy and framing protection; the HTML's scripts carry exactly the header's nonce;
 * the session cookie is HttpOnly and SameSite (Secure with an https NEXTAUTH_URL). In Chromium the pages
 * with the most client code load and hydrate without a single CSP violation, and an injected inline
 * script without the nonce is blocked.
 */
import { expect, request, test, type APIResponse, type Page } from "@playwright/test";
import { login } from "../helpers";
import { attemptLogin, siteClient } from "./http";

const ARTICLE = "/artikel/die-impfschnecke-in-bw";

const directives = (policy: string) => new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

/** The nonce of a page policy, after checking the policy's promises. */
function expectPagePolicy(policy: string | undefined) {
  expect(policy, "Content-Security-Policy").toBeTruthy();
  const d = directives(policy!);
  const nonce = d.get("script-src")?.find((v) => v.startsWith("'nonce-"));
  expect(nonce, policy).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
  expect(d.get("script-src")).toEqual(["'self'", nonce, "'strict-dynamic'"]);
  expect(d.get("style-src")).toEqual(["'self'", nonce]);
  expect(d.get("object-src")).toEqual(["'none'"]);
  expect(d.get("base-uri")).toEqual(["'none'"]);
  expect(d.get("frame-ancestors")).toEqual(["'none'"]);
  return nonce!.slice("'nonce-".length, -1);
}

function expectBaseline(headers: Record<string, string>) {
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"]).toBe("DENY");
}

/** Every <script> of the HTML carries the header's nonce, and nothing else claims one. */
function expectScriptsCarry(html: string, nonce: string) {
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, tag).toContain(` nonce="${nonce}"`);
  const claimed = new Set([...html.matchAll(/\bnonce="([^"]*)"/g)].map((m) => m[1]));
  expect([...claimed]).toEqual([nonce]);
}

async function expectHtmlPage(response: APIResponse, status = 200) {
  expect(response.status()).toBe(status);
  const headers = response.headers();
  expect(headers["content-type"]).toMatch(/^text\/html/);
  expectBaseline(headers);
  const nonce = expectPagePolicy(headers["content-security-policy"]);
  expectScriptsCarry(await response.text(), nonce);
  return nonce;
}

test.describe("headers over HTTP", () => {
  test("reader pages, login, 404s and the dashboard's redirect carry the page policy with a nonce their scripts share", async ({ baseURL }) => {
    const client = await request.newContext({ baseURL });
    // A query string keeps these out of the micro-cache: each is its own render.
    const first = await expectHtmlPage(await client.get(`${ARTICLE}?render=1`));
    const second = await expectHtmlPage(await client.get(`${ARTICLE}?render=2`));
    expect(second).not.toBe(first);
    const logins = [await expectHtmlPage(await client.get("/login")), await expectHtmlPage(await client.get("/login"))];
    expect(logins[1]).not.toBe(logins[0]);
    await expectHtmlPage(await client.get("/"));
    await expectHtmlPage(await client.get("/ressort/stuttgart"));
    await expectHtmlPage(await client.get("/artikel/gibt-es-nicht"), 404);
    await expectHtmlPage(await client.get("/gibt/es/nicht"), 404);
    const redirect = await client.get("/admin", { maxRedirects: 0 });
    expect(redirect.status()).toBe(307);
    expectBaseline(redirect.headers());
    expectPagePolicy(redirect.headers()["content-security-policy"]);
    // A client's own CSP request header does not reach Next: the nonce is still the server's own.
    const forged = await client.get(`${ARTICLE}?render=3`, { headers: { "content-security-policy": "script-src 'nonce-AAAAAAAAAAAAAAAAAAAAAA=='" } });
    expect(await expectHtmlPage(forged)).not.toBe("AAAAAAAAAAAAAAAAAAAAAA==");
    await client.dispose();
  });

  test("a micro-cache hit replays its render's policy with that render's HTML, and a 304 sends no policy", async ({ baseURL }) => {
    const client = await request.newContext({ baseURL });
    // Within the cache's second, repeats are one render: the same bytes and the same nonce.
    const answers: { nonce: string; body: string; etag?: string }[] = [];
    // Six, and any two compared: behind a round-robin proxy (E2E_INSTANCES=2) neighbours meet different instances.
    for (let i = 0; i < 6; i++) {
      const response = await client.get(ARTICLE);
      const nonce = await expectHtmlPage(response);
      answers.push({ nonce, body: await response.text(), etag: response.headers()["etag"] });
    }
    const replayed = answers.some((a, i) => answers.slice(i + 1).some((b) => b.nonce === a.nonce));
    expect(replayed, "a repeat within the second answered from the micro-cache").toBe(true);
    for (const a of answers) expect(answers.filter((b) => b.nonce === a.nonce).every((b) => b.body === a.body)).toBe(true);
    const etag = answers.at(-1)!.etag;
    if (etag) {
      const revalidated = await client.get(ARTICLE, { headers: { "if-none-match": etag } });
      if (revalidated.status() === 304) expect(revalidated.headers()["content-security-policy"]).toBeUndefined();
    }
    await client.dispose();
  });

  test("route handlers carry the page policy, uploaded media and refused cross-site writes a stricter one", async ({ baseURL }) => {
    const client = await request.newContext({ baseURL });
    for (const path of ["/feed.xml", "/robots.txt", "/api/auth/csrf"]) {
      const response = await client.get(path);
      expect(response.status(), path).toBe(200);
      expectBaseline(response.headers());
      expectPagePolicy(response.headers()["content-security-policy"]);
    }
    // A cross-site write is refused by server/serve.mjs before Next: nothing in the refusal may run either.
    const refused = await client.post("/newsletter", { headers: { origin: "https://evil.example" }, form: { email: "x@example.org" } });
    expect(refused.status()).toBe(403);
    expect(refused.headers()["x-content-type-options"]).toBe("nosniff");
    expect(refused.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    const media = await client.get(`/media/${"0".repeat(64)}.png`);
    expect(media.status()).toBe(404);
    expectBaseline(media.headers());
    expect(media.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    await client.dispose();
  });

  test("the session cookie is HttpOnly and SameSite, Secure exactly when the site is https", async ({ baseURL }) => {
    const client = await siteClient(baseURL!);
    const answer = await attemptLogin(client, "admin@newsdesk.local", "newsdesk-admin", "10.250.0.1");
    expect(answer.error).toBeNull();
    const session = (await client.storageState()).cookies.find((c) => /next-auth\.session-token$/.test(c.name));
    expect(session, "session cookie").toBeTruthy();
    expect(session!.httpOnly).toBe(true);
    expect(session!.sameSite).toBe("Lax");
    // The e2e server runs on http://127.0.0.1 (NEXTAUTH_URL), where a Secure cookie would never be sent back;
    // next-auth sets Secure (and the __Secure- prefix) whenever NEXTAUTH_URL is https.
    expect(session!.secure).toBe(baseURL!.startsWith("https:"));
    await client.dispose();
  });
});

type Violation = { directive: string; blocked: string };

/** Collects CSP violations (from the page's first script on) and console CSP errors. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string }[] = [];
    (window as unknown as { __csp: typeof seen }).__csp = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI }));
  });
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /Content.Security.Policy|Refused to/i.test(m.text())) consoleErrors.push(m.text());
  });
  return {
    violations: () => page.evaluate(() => (window as unknown as { __csp: Violation[] }).__csp),
    async expectNone() {
      expect(await this.violations()).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
  };
}

/** React has hydrated the element (it carries React's fiber). */
async function expectHydrated(page: Page, selector = "body *") {
  await expect.poll(() => page.evaluate((s) => [...document.querySelectorAll(s)].some((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber"))), selector)).toBe(true);
}

test.describe("in Chromium, with the policy enforced", () => {
  test("the reader article page hydrates and its comment form answers without a violation", async ({ page }) => {
    const csp = await watchCsp(page);
    await page.goto(ARTICLE);
    await expect(page.getByRole("heading", { level: 1, name: "Die Impfschnecke in BW" })).toBeVisible();
    await expectHydrated(page, "main form");
    // The comment form answers in place (its fetch to the comment route), which needs the hydrated client.
    await page.getByRole("button", { name: "Absenden" }).first().click();
    await expect(page.locator('main [aria-invalid="true"]').first()).toBeVisible();
    await csp.expectNone();
  });

  test("markup injected into a page's HTML without the nonce does not run", async ({ page }) => {
    const csp = await watchCsp(page);
    // As a stored XSS would arrive: inside the server's HTML, under the response's own policy.
    await page.route("**/artikel/die-impfschnecke-in-bw?injected", async (route) => {
      const response = await route.fetch();
      const attack = '<script>window.__injected = "script"</script><img src="/nicht-da.png" onerror="window.__injected = \'handler\'" alt="">';
      await route.fulfill({ response, body: (await response.text()).replace("</main>", `${attack}</main>`) });
    });
    await page.goto(`${ARTICLE}?injected`);
    await expectHydrated(page, "main form");
    await expect.poll(async () => (await csp.violations()).map((v) => `${v.directive} ${v.blocked}`).sort()).toEqual(["script-src-attr inline", "script-src-elem inline"]);
    expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  });

  test("the login page and the dashboard home hydrate without a violation; the dashboard has its own nonce per render", async ({ page }) => {
    const csp = await watchCsp(page);
    await login(page, "ADMIN"); // the form signs in through next-auth's client code
    await expectHydrated(page);
    await csp.expectNone();
    // The signed-in dashboard's own answer: a policy per render whose nonce its scripts carry.
    const nonces = [await expectHtmlPage(await page.request.get("/admin")), await expectHtmlPage(await page.request.get("/admin"))];
    expect(nonces[1]).not.toBe(nonces[0]);
  });

  test("the moderation queue hydrates (its keyboard help opens) without a violation", async ({ page }) => {
    const csp = await watchCsp(page);
    await login(page, "MODERATOR", "/admin/comments/pending");
    await page.goto("/admin/comments/pending");
    // The desk's keys work once its client code runs: on a busy machine a first press may come earlier.
    await expect(async () => {
      await page.keyboard.press("?");
      await expect(page.getByRole("dialog", { name: "Tastaturkürzel" })).toBeVisible({ timeout: 1_000 });
    }).toPass();
    await page.keyboard.press("Escape");
    await csp.expectNone();
  });

  test("the article editor (Tiptap) works without a violation", async ({ page }) => {
    const csp = await watchCsp(page);
    await login(page, "EDITOR");
    await page.goto("/admin/articles/new");
    const body = page.getByRole("textbox", { name: "Text", exact: true });
    await body.click();
    await page.getByRole("button", { name: "Fett", exact: true }).click();
    await page.keyboard.type("Fetter Text");
    await expect(body.locator("strong")).toHaveText("Fetter Text");
    await csp.expectNone();
  });

  test("the ads pages, their charts and the sidebar's ad rotation and beacon run without a violation", async ({ page }) => {
    const csp = await watchCsp(page);
    await login(page, "AD_MANAGER", "/admin/ads");
    for (const path of ["/admin/ads", "/admin/ads/new", "/admin/ads/requests", "/admin/ads/advertisers", "/admin/ads/slots"]) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expectHydrated(page);
    }
    await page.getByRole("main").getByRole("link").filter({ hasText: /\S/ }).first().click();
    await expect(page).toHaveURL(/\/admin\/ads\/slots\/\d+$/);
    await expectHydrated(page);
    await csp.expectNone();

    const beacon = page.waitForRequest((r) => r.url().endsWith("/api/ads/impressions"), { timeout: 10_000 }).catch(() => null);
    await page.goto("/");
    await expectHydrated(page, "aside *");
    const sent = await beacon;
    if (sent) expect(sent.method()).toBe("POST");
    await csp.expectNone();
  });
});
