/**
 * CSRF (SECURITY.md, "CSRF"): cross-site POSTs that carry the victim's cookie — a signed-in admin's —
 * to every state-changing endpoint, with `Origin: https://evil.example`, `Origin: null` and no Origin
 * (nor Referer), each also as a `text/plain` body carrying JSON (what a cross-site form or no-cors
 * fetch can send without a preflight): every one refused, and nothing changes. Server Actions are
 * taken from the build's server-reference manifest, so a new action is covered without editing this
 * file. Public endpoints never act on a session: the one-click unsubscribe answers the token alone.
 */
import fs from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext, type Page } from "@playwright/test";
import { USERS, login, unique } from "../helpers";
import { ROUTES } from "../../test/security/authz-matrix";
import { siteClient } from "./http";

const CROSS_SITE: { name: string; headers: Record<string, string> }[] = [
  { name: "Origin: https://evil.example", headers: { origin: "https://evil.example", referer: "https://evil.example/attack.html" } },
  { name: "Origin: null", headers: { origin: "null" } },
  { name: "no Origin, no Referer", headers: {} },
];

const REFUSED = "Forbidden: cross-site request";

function serverActions(): { id: string; name: string }[] {
  const file = path.join(process.env.E2E_DIST_DIR ?? ".next-e2e", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(fs.readFileSync(file, "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, name: `${entry.filename ?? "?"}#${entry.exportedName ?? "?"}` }));
}

async function expectRefused(response: Awaited<ReturnType<APIRequestContext["post"]>>, what: string) {
  expect(response.status(), what).toBe(403);
  expect(await response.text(), what).toBe(REFUSED);
}

test("every Server Action of the build refuses cross-site calls with the admin's cookie", async ({ page }) => {
  test.setTimeout(120_000);
  await login(page, "ADMIN");
  const actions = serverActions();
  expect(actions.length, "the manifest lists the app's actions").toBeGreaterThan(20);
  for (const action of actions) {
    for (const variant of CROSS_SITE) {
      const what = `${action.name} with ${variant.name}`;
      // As the Next client calls it (Next-Action header), with the JSON arguments in a text/plain body...
      await expectRefused(
        await page.request.post("/admin", { headers: { ...variant.headers, "next-action": action.id, "content-type": "text/plain;charset=UTF-8" }, data: "[]", maxRedirects: 0 }),
        `${what} (text/plain JSON)`,
      );
      // ...and as a plain HTML form on another site would post it (no JavaScript needed).
      await expectRefused(
        await page.request.post("/admin", { headers: variant.headers, multipart: { [`$ACTION_ID_${action.id}`]: "", name: "x" }, maxRedirects: 0 }),
        `${what} (form markup)`,
      );
      await expectRefused(
        await page.request.post("/", { headers: variant.headers, form: { [`$ACTION_ID_${action.id}`]: "", name: "x" }, maxRedirects: 0 }),
        `${what} (urlencoded form)`,
      );
    }
  }
});

/** Submits the new-person form in the admin's browser, but captures the action request instead of sending it. */
async function captureCreatePerson(page: Page, name: string) {
  await page.goto("/admin/staff/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("E-Mail").fill(`${name.replace(/\W+/g, "-").toLowerCase()}@newsdesk.local`);
  await page.getByRole("checkbox", { name: "Redaktion", exact: true }).check();
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/admin/staff/new", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await page.getByRole("button", { name: "Person anlegen" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: "wait" });
  return captured!;
}

async function personListed(page: Page, name: string) {
  await page.goto("/admin/staff");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return (await page.getByRole("row", { name: new RegExp(name) }).count()) > 0;
}

test("a genuine admin action replayed cross-site with the admin's cookie changes nothing; from the site it works", async ({ page }) => {
  await login(page, "ADMIN");
  const name = `CSRF Opfer ${unique()}`;
  const genuine = await captureCreatePerson(page, name);
  expect(genuine.headers["next-action"], "the form posts a Server Action").toBeTruthy();
  expect(genuine.headers["origin"], "the browser sends its Origin").toBe(new URL(genuine.url).origin);

  // The captured headers without the ones the browser set for the origin, the cookie jar and the length.
  const rest = Object.fromEntries(Object.entries(genuine.headers).filter(([name]) => !["origin", "referer", "cookie", "content-length"].includes(name)));
  for (const variant of CROSS_SITE) {
    for (const contentType of [rest["content-type"], "text/plain;charset=UTF-8"]) {
      const response = await page.request.post(genuine.url, { headers: { ...rest, "content-type": contentType, ...variant.headers }, data: genuine.body, maxRedirects: 0 });
      await expectRefused(response, `${variant.name}, ${contentType}`);
    }
  }
  expect(await personListed(page, name), "no person was created").toBe(false);

  // The control: the very same request with the site's own Origin is carried out.
  const same = await page.request.post(genuine.url, { headers: { ...rest, origin: genuine.headers["origin"], referer: genuine.headers["referer"] ?? genuine.url }, data: genuine.body, maxRedirects: 0 });
  expect(same.status()).toBe(200);
  expect(await personListed(page, name), "the same-origin request created the person").toBe(true);
});

test("next-auth's signout and credentials callback refuse cross-site posts; the admin stays signed in", async ({ page, baseURL }) => {
  await login(page, "ADMIN");
  // Even with the victim's own CSRF token (the worst case), the Origin decides.
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  for (const variant of CROSS_SITE) {
    await expectRefused(await page.request.post("/api/auth/signout", { headers: variant.headers, form: { csrfToken, json: "true" }, maxRedirects: 0 }), `signout ${variant.name}`);
    await expectRefused(
      await page.request.post("/api/auth/signout", { headers: { ...variant.headers, "content-type": "text/plain" }, data: JSON.stringify({ csrfToken }), maxRedirects: 0 }),
      `signout text/plain ${variant.name}`,
    );
    // Login CSRF: signing the victim into the attacker's account.
    await expectRefused(
      await page.request.post("/api/auth/callback/credentials", {
        headers: variant.headers,
        form: { email: USERS.EDITOR.email, password: USERS.EDITOR.password, csrfToken, json: "true" },
        maxRedirects: 0,
      }),
      `credentials ${variant.name}`,
    );
  }
  await page.goto("/admin");
  await expect(page.getByTestId("current-user")).toContainText(USERS.ADMIN.name);

  // Without next-auth's CSRF token a same-origin signout is refused too (next-auth's own check).
  const client = await siteClient(baseURL!);
  try {
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.includes("next-auth.session-token"))!;
    await client.post("/api/auth/signout", { headers: { cookie: `${session.name}=${session.value}` }, form: { json: "true" }, maxRedirects: 0 });
  } finally {
    await client.dispose();
  }
  await page.goto("/admin");
  await expect(page.getByTestId("current-user")).toContainText(USERS.ADMIN.name);
});

test("every route handler taking a POST refuses cross-site calls with the admin's cookie, the reader comment form's included", async ({ page }) => {
  await login(page, "ADMIN");
  // The two exempt endpoints never act on a session (server/same-origin.mjs): the one-click unsubscribe and the test clock.
  const exempt = /^\/api\/(abo\/abmelden|test\/clock)\//;
  const posts = Object.entries(ROUTES).filter(([key, route]) => key.endsWith(" POST") && !exempt.test(`${route.path}/`));
  expect(posts.map(([, route]) => route.path)).toContain("/artikel/die-impfschnecke-in-bw/kommentar");
  for (const [key, route] of posts) {
    const path = route.path.replace(/\{\w+\}/g, "1");
    for (const variant of CROSS_SITE) {
      const headers = { ...variant.headers, ...(route.contentType ? { "content-type": route.contentType } : {}) };
      await expectRefused(await page.request.post(path, { headers, data: route.body ?? "", maxRedirects: 0 }), `${key} with ${variant.name}`);
    }
  }
});

test("the impressions beacon refuses cross-site posts and takes the site's own", async ({ page }) => {
  await login(page, "ADMIN");
  for (const variant of CROSS_SITE) {
    for (const [contentType, data] of [
      ["application/json", JSON.stringify({ ids: [1] })],
      ["text/plain;charset=UTF-8", JSON.stringify({ ids: [1] })],
    ]) {
      await expectRefused(await page.request.post("/api/ads/impressions", { headers: { ...variant.headers, "content-type": contentType }, data, maxRedirects: 0 }), `${variant.name} ${contentType}`);
    }
  }
  const origin = new URL(page.url()).origin;
  const own = await page.request.post("/api/ads/impressions", { headers: { origin, "content-type": "text/plain;charset=UTF-8" }, data: JSON.stringify({ ids: [1] }) });
  expect(own.status()).toBe(204);
});

test("the one-click unsubscribe is public and never acts on a session", async ({ page, baseURL }) => {
  await login(page, "ADMIN");
  // An admin's cookie does not turn a forged token into an unsubscription...
  for (const variant of CROSS_SITE) {
    const response = await page.request.post("/api/abo/abmelden/1.forged-token-aaaaaaaaaaaaaaaaaaaaaa", { headers: variant.headers, form: { "List-Unsubscribe": "One-Click" }, maxRedirects: 0 });
    expect(response.status(), variant.name).toBe(404);
  }
  // ...and without cookies or Origin, as mail providers post, the endpoint is reachable (a valid token is in optin-links.spec.ts).
  const client = await request.newContext({ baseURL });
  try {
    const response = await client.post("/api/abo/abmelden/2.forged-token-aaaaaaaaaaaaaaaaaaaaaa", { form: { "List-Unsubscribe": "One-Click" } });
    expect(response.status()).toBe(404);
    expect(await response.json()).toEqual({ error: "unknown or invalid link" });
  } finally {
    await client.dispose();
  }
});
