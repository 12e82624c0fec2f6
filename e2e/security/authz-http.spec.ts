/**
 * The authorization matrix over HTTP: every staff page and every route handler requested as anonymous,
 * each seeded single-role user and the admin, compared with test/security/authz-matrix.ts (200, the
 * 403 page, or the login redirect). Then the same requests with the headers of CVE-2025-29927
 * (`x-middleware-subrequest`, which once made Next.js skip the middleware): the answers must be
 * identical, because the pages, queries and handlers check the session themselves — proxy.ts is only
 * a first gate.
 */
import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { USERS } from "../helpers";
import { PAGES, ROUTES, SUBJECTS, type Subject } from "../../test/security/authz-matrix";

const BYPASS_HEADERS = [
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
];
const MISSING_ID = "2147483647";

type Answer = { status: number; login: boolean; forbidden: boolean };
type Outcome = "ok" | "login" | "forbidden" | "notFound" | `status ${number}`;

const contexts = new Map<Subject, APIRequestContext>();
const ids: Record<string, string | null> = {};
let ipCounter = 0;

async function newContext(baseURL: string) {
  ipCounter += 1;
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "x-forwarded-for": `10.77.${ipCounter}.1` } });
}

/** Signs in through next-auth's own endpoints (CSRF token, credentials callback), as the login form does. */
async function signedIn(baseURL: string, subject: Subject) {
  const ctx = await newContext(baseURL);
  if (subject === "ANONYMOUS") return ctx;
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const user = USERS[subject];
  const response = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, callbackUrl: `${baseURL}/admin`, json: "true" },
    headers: { origin: baseURL },
    maxRedirects: 0,
  });
  expect(response.status(), `login as ${subject}`).toBeLessThan(400);
  const cookies = (await ctx.storageState()).cookies.map((c) => c.name);
  expect(cookies.some((n) => n.includes("session-token")), `session cookie for ${subject}`).toBe(true);
  return ctx;
}

/** This site's origin: writes are sent as a same-site browser sends them (cross-site ones: csrf.spec.ts). */
let siteOrigin = "";

async function ask(ctx: APIRequestContext, method: string, path: string, extra: Record<string, string> = {}, body?: string, contentType?: string): Promise<Answer> {
  const write = method !== "GET" && method !== "HEAD";
  const response = await ctx.fetch(path, {
    method,
    headers: { ...extra, ...(contentType ? { "content-type": contentType } : {}), ...(write ? { origin: siteOrigin } : {}) },
    data: body,
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  const status = response.status();
  return { status, login: status >= 300 && status < 400 && /\/login(\?|$)/.test(new URL(location, "http://x").pathname + new URL(location, "http://x").search), forbidden: status === 403 };
}

function outcomeOf(a: Answer): Outcome {
  if (a.login || a.status === 401) return "login";
  if (a.forbidden) return "forbidden";
  if (a.status === 404) return "notFound";
  if (a.status === 200) return "ok";
  return `status ${a.status}`;
}

function fill(path: string) {
  let missing = false;
  const filled = path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const id = ids[name];
    if (!id) missing = true;
    return id ?? MISSING_ID;
  });
  return { path: filled, missing };
}

async function firstId(ctx: APIRequestContext, listPath: string, pattern: RegExp) {
  const html = await (await ctx.get(listPath)).text();
  return pattern.exec(html)?.[1] ?? null;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(120_000);
  siteOrigin = new URL(baseURL!).origin;
  for (const subject of SUBJECTS) contexts.set(subject, await signedIn(baseURL!, subject));
  const admin = contexts.get("ADMIN")!;
  // Ids of seeded rows, read from the admin lists (and the reader home page for the surf tips).
  ids.article = await firstId(admin, "/admin/articles", /href="\/admin\/articles\/(\d+)"/);
  ids.booking = await firstId(admin, "/admin/ads", /href="\/admin\/ads\/bookings\/(\d+)"/);
  ids.slot = await firstId(admin, "/admin/ads/slots", /href="\/admin\/ads\/slots\/(\d+)"/);
  ids.advertiser = await firstId(admin, "/admin/ads/advertisers", /href="\/admin\/ads\/advertisers\/(\d+)"/);
  ids.staff = await firstId(admin, "/admin/staff", /href="\/admin\/staff\/(\d+)"/);
  ids.issue = await firstId(admin, "/admin/newsletter", /href="\/admin\/newsletter\/(\d+)"/);
  ids.subscriber = await firstId(admin, "/admin/subscriptions", /href="\/admin\/subscriptions\/subscriber\/(\d+)"/);
  ids.surftip = await firstId(contexts.get("ANONYMOUS")!, "/", /href="\/surftipp\/(\d+)"/);
  for (const required of ["article", "booking", "slot", "advertiser", "staff"]) expect(ids[required], `a seeded ${required} id`).toBeTruthy();
});

test.afterAll(async () => {
  for (const ctx of contexts.values()) await ctx.dispose();
});

for (const [file, page] of Object.entries(PAGES)) {
  test(`page ${page.path} (${file})`, async () => {
    test.setTimeout(90_000);
    const { path, missing } = fill(page.path);
    const problems: string[] = [];
    for (const subject of SUBJECTS) {
      const ctx = contexts.get(subject)!;
      // No row to show (nothing of that kind seeded): an allowed subject gets the 404, never a refusal.
      const expected: Outcome = page.allowed.includes(subject) ? (missing ? "notFound" : "ok") : subject === "ANONYMOUS" ? "login" : "forbidden";
      const plain = await ask(ctx, "GET", path);
      if (outcomeOf(plain) !== expected) problems.push(`${subject}: expected ${expected}, got ${outcomeOf(plain)} (${plain.status})`);
      for (const headers of BYPASS_HEADERS) {
        const bypass = await ask(ctx, "GET", path, headers);
        if (bypass.status !== plain.status || outcomeOf(bypass) !== outcomeOf(plain)) {
          problems.push(`${subject} with ${headers["x-middleware-subrequest"]}: ${bypass.status} instead of ${plain.status}`);
        }
      }
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
}

for (const [key, route] of Object.entries(ROUTES)) {
  const method = key.split(" ").pop()!;
  test(`route ${method} ${route.path} (${key.split(" ")[0]})`, async () => {
    test.setTimeout(60_000);
    const { path, missing } = fill(route.path);
    const problems: string[] = [];
    const outcomes = new Map<Subject, Outcome>();
    for (const subject of SUBJECTS) {
      const ctx = contexts.get(subject)!;
      const plain = await ask(ctx, method, path, {}, route.body, route.contentType);
      const outcome = outcomeOf(plain);
      outcomes.set(subject, outcome);
      if (route.kind === "staff") {
        const allowed: Outcome = route.allowedStatus ? `status ${route.allowedStatus}` : "ok";
        const expected: Outcome = route.allowed.includes(subject) ? (missing ? "notFound" : allowed) : subject === "ANONYMOUS" ? "login" : "forbidden";
        if (outcome !== expected) problems.push(`${subject}: expected ${expected}, got ${outcome} (${plain.status})`);
      } else if (outcome === "login" || outcome === "forbidden") {
        problems.push(`${subject}: a public route refused (${plain.status})`);
      }
      for (const headers of BYPASS_HEADERS) {
        const bypass = await ask(ctx, method, path, headers, route.body, route.contentType);
        if (bypass.status !== plain.status) problems.push(`${subject} with ${headers["x-middleware-subrequest"]}: ${bypass.status} instead of ${plain.status}`);
      }
    }
    // A public route answers a staff member exactly as it answers a reader: it never acts on a session.
    if (route.kind !== "staff") {
      const anonymous = outcomes.get("ANONYMOUS");
      for (const [subject, outcome] of outcomes) if (outcome !== anonymous) problems.push(`${subject}: ${outcome}, but anonymous got ${anonymous}`);
    }
    expect(problems, problems.join("\n")).toEqual([]);
  });
}
