/**
 * No open redirects (SECURITY.md, "redirects"): every redirect this app answers with leads to this
 * site or to the destination stored for an ad or a surf tip, whatever a request puts into the
 * callbackUrl, the click URL or the Host headers. Checked on the Location header without following it
 * (and, for the login form, where the browser actually lands).
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import { USERS, login, submitLogin } from "../helpers";
import { siteClient } from "./http";

const HOSTILE = [
  "https://evil.example/",
  "HTTPS://EVIL.EXAMPLE/",
  "//evil.example",
  "///evil.example",
  "/\\evil.example",
  "\\\\evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r\n/evil.example",
  " //evil.example",
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "java\tscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "%2F%2Fevil.example",
  "/%2F%2Fevil.example",
  "/%5Cevil.example",
  "/%5C%5Cevil.example",
  "%2F%5Cevil.example",
  "http:evil.example",
  "https:/\\evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
];

/** A Location header, resolved against the site: null when the answer is no redirect. */
function target(location: string | undefined, baseURL: string): URL | null {
  return location === undefined ? null : new URL(location, baseURL);
}

function expectOnSite(url: URL | null, baseURL: string, what: string) {
  if (url === null) return;
  expect(url.origin, `${what} → ${url.href}`).toBe(new URL(baseURL).origin);
}

test.describe("callbackUrl", () => {
  test("the login form lands on the site for every hostile callbackUrl", async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    // A handful through the real form (the browser's own navigation after signIn)...
    for (const value of ["https://evil.example/", "//evil.example", "/\\evil.example", "/\t/evil.example", "JavaScript:alert(1)", "%2F%2Fevil.example"]) {
      const context = await browser.newContext({ locale: "de-DE", baseURL });
      const page = await context.newPage();
      let dialog = false;
      page.on("dialog", async (d) => ((dialog = true), await d.dismiss()));
      await page.goto(`/login?callbackUrl=${encodeURIComponent(value)}`);
      await submitLogin(page, USERS.ADMIN.email, USERS.ADMIN.password);
      await expect(page).not.toHaveURL((url) => url.pathname === "/login");
      expect(new URL(page.url()).origin, value).toBe(new URL(baseURL!).origin);
      expect(dialog, value).toBe(false);
      await context.close();
    }
  });

  test("a signed-in visitor of /login is redirected on the site only", async ({ page, baseURL }) => {
    await login(page, "ADMIN");
    for (const value of HOSTILE) {
      const response = await page.request.get(`/login?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0 });
      expect([200, 302, 303, 307, 308], value).toContain(response.status());
      expectOnSite(target(response.headers()["location"], baseURL!), baseURL!, value);
    }
  });

  test("next-auth's own endpoints keep the callbackUrl on the site", async ({ baseURL }) => {
    const client = await siteClient(baseURL!);
    try {
      for (const value of HOSTILE) {
        for (const path of ["/api/auth/signin", "/api/auth/signout", "/api/auth/error", "/api/auth/signin/credentials"]) {
          const response = await client.get(`${path}?callbackUrl=${encodeURIComponent(value)}`, { maxRedirects: 0 });
          expect(response.status(), `${path} ${value}`).toBeLessThan(500);
          expectOnSite(target(response.headers()["location"], baseURL!), baseURL!, `${path} ${value}`);
        }
      }
      // The credentials callback answers the form's signIn() with the URL to go to.
      for (const value of HOSTILE.slice(0, 8)) {
        const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
        const response = await client.post("/api/auth/callback/credentials", {
          form: { email: USERS.ADMIN.email, password: USERS.ADMIN.password, csrfToken, callbackUrl: value, json: "true" },
          maxRedirects: 0,
        });
        expect(response.status(), value).toBe(200);
        const { url } = (await response.json()) as { url: string };
        expectOnSite(new URL(url, baseURL), baseURL!, `callback ${value}`);
        expectOnSite(target(response.headers()["location"], baseURL!), baseURL!, `callback ${value}`);
      }
    } finally {
      await client.dispose();
    }
  });

  test("forged Host headers do not move a redirect off the site", async ({ request, baseURL }) => {
    const forged: Record<string, string>[] = [{ "x-forwarded-host": "evil.example" }, { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" }, { forwarded: "host=evil.example" }];
    for (const headers of forged) {
      for (const path of ["/admin", "/admin/comments", "/ressort/stuttgart/seite/1", "/api/auth/signin"]) {
        const response = await request.get(path, { headers, maxRedirects: 0 });
        const location = response.headers()["location"];
        expect(location ?? "", `${path} ${JSON.stringify(headers)}`).not.toContain("evil.example");
        expectOnSite(target(location, baseURL!), baseURL!, path);
      }
    }
  });
});

/** The hrefs on the home page that start with `prefix` (the reader sidebar and the surf tips). */
async function linksOnHome(request: APIRequestContext, prefix: string) {
  const html = await (await request.get("/")).text();
  return [...new Set([...html.matchAll(new RegExp(`href="(${prefix}\\d+)"`, "g"))].map((m) => m[1]))];
}

for (const [name, prefix] of [
  ["ad click", "/anzeige/"],
  ["surf-tip click", "/surftipp/"],
] as const) {
  test(`${name} (${prefix}<id>) leads only to the stored destination`, async ({ request, baseURL }) => {
    const links = await linksOnHome(request, prefix);
    expect(links.length, `the home page shows ${prefix} links`).toBeGreaterThan(0);
    const link = links[0];
    const stored = (await request.get(link, { maxRedirects: 0 })).headers()["location"];
    expect(stored).toMatch(/^https?:\/\//);
    expect(stored).not.toContain("evil.example");

    // Whatever rides along in the query leaves the destination alone.
    for (const value of HOSTILE) {
      const q = encodeURIComponent(value);
      const response = await request.get(`${link}?url=${q}&target=${q}&next=${q}&redirect=${q}&callbackUrl=${q}`, { maxRedirects: 0 });
      expect(response.headers()["location"], value).toBe(stored);
    }
    // Hostile ids are no redirects at all.
    for (const value of HOSTILE) {
      const response = await request.get(`${prefix}${encodeURIComponent(value)}`, { maxRedirects: 0 });
      expect(response.status(), value).toBe(404);
      expect(response.headers()["location"], value).toBeUndefined();
    }
    for (const id of ["0", "-1", "01", "1e3", "+1", "99999999999", "2147483648", `${link.slice(prefix.length)}.0`, `${link.slice(prefix.length)}%2F..%2F..%2Fevil`]) {
      const response = await request.get(`${prefix}${id}`, { maxRedirects: 0 });
      expect(response.status(), id).toBe(404);
    }
    expectOnSite(null, baseURL!, link);
  });
}
