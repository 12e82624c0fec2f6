/**
 * Raw HTTP for the security specs: clients that act as many distinct readers or attackers (the e2e
 * server trusts X-Forwarded-For), next-auth's credentials login without the form, and the staff-page
 * steps these specs share (a dedicated account, so the seeded logins stay usable for the rest of the suite).
 */
import { expect, request, type APIRequestContext, type Page } from "@playwright/test";
import { unique } from "../helpers";

export const ip = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
/** A different block of addresses per call, so tests and reruns on one server do not share flood counters. */
export const ipBlock = () => Math.floor(Math.random() * 200) * 65_536;

/** A cookie-less client that sends this site's Origin, as the browser's own fetches do. */
export function siteClient(baseURL: string, headers: Record<string, string> = {}) {
  return request.newContext({ baseURL, extraHTTPHeaders: { origin: new URL(baseURL).origin, ...headers } });
}

export type LoginAnswer = { status: number; error: string | null; body: string; ms: number };

/** One POST to next-auth's credentials callback, the way the login form's signIn() sends it. */
export async function attemptLogin(client: APIRequestContext, email: string, password: string, forwardedFor?: string): Promise<LoginAnswer> {
  const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const started = performance.now();
  const response = await client.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/admin", json: "true" },
    headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
    maxRedirects: 0,
  });
  const body = await response.text();
  const ms = performance.now() - started;
  let error: string | null = null;
  try {
    error = new URL((JSON.parse(body) as { url: string }).url).searchParams.get("error");
  } catch {
    error = "UNPARSEABLE";
  }
  return { status: response.status(), error, body, ms };
}

/** As the signed-in admin: a new person with an initial password; returns their login. */
export async function createStaffAccount(page: Page, role = "Redaktion") {
  const id = unique();
  const person = { name: `Sicherheit ${id}`, email: `security-${id}@newsdesk.local` };
  await page.goto("/admin/staff/new");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("E-Mail").fill(person.email);
  await page.getByRole("checkbox", { name: role, exact: true }).check();
  await page.getByRole("button", { name: "Person anlegen" }).click();
  await expect(page.getByRole("heading", { name: `${person.name} wurde angelegt.` })).toBeVisible();
  const password = (await page.getByTestId("one-time-secret").innerText()).trim();
  return { ...person, password };
}

/** As the signed-in admin: clears the person's login lock on their staff page. */
export async function clearLockAsAdmin(page: Page, name: string) {
  await page.goto("/admin/staff");
  await page.getByRole("row", { name: new RegExp(name) }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: "Sperre aufheben" }).click();
  await expect(page.getByText("Anmeldesperre aufgehoben.")).toBeVisible();
}

export type Answer = { status: number; body: string; ms: number };

export type Captured = { url: string; headers: Record<string, string>; fields: Record<string, string> };
// Object key order puts integer-like names such as "0" (the argument list) first; the server decodes the
// body as a stream and resolves "0" when it arrives, so multipart() sends such fields last, as browsers do.

/** Submits a form in the browser but captures its Server Action request (fields decoded) instead of sending it. */
export async function captureAction(page: Page, submit: () => Promise<void>): Promise<Captured> {
  let captured: Captured | undefined;
  await page.route("**/*", async (route) => {
    const request = route.request();
    const headers = await request.allHeaders();
    // A server action, or the comment form's post to its route (features/comments/post-route.ts).
    const isFormPost = !!headers["next-action"] || (request.resourceType() === "fetch" && /\/kommentar$/.test(new URL(request.url()).pathname));
    if (request.method() !== "POST" || !isFormPost) return route.continue();
    const boundary = /boundary=(.+)$/.exec(headers["content-type"])![1];
    const fields: Record<string, string> = {};
    for (const part of (request.postDataBuffer() ?? Buffer.alloc(0)).toString("utf8").split(`--${boundary}`)) {
      const m = /name="([^"]+)"(?:; filename="[^"]*")?\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*)\r\n$/.exec(part);
      if (m) fields[m[1]] = m[2];
    }
    const keep = Object.fromEntries(Object.entries(headers).filter(([name]) => ["next-action", "next-router-state-tree", "accept", "origin"].includes(name)));
    captured = { url: request.url(), headers: keep, fields };
    await route.abort();
  });
  await submit();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unrouteAll({ behavior: "wait" });
  return captured!;
}

/** The multipart body as the browser builds it (field order kept). */
export function multipart(fields: [string, string][]) {
  const boundary = `----NewsdeskSecurity${unique()}`;
  const ordered = [...fields.filter(([name]) => !/^\d+$/.test(name)), ...fields.filter(([name]) => /^\d+$/.test(name))];
  const body = ordered.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + `--${boundary}--\r\n`;
  return { body: Buffer.from(body, "utf8"), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function replay(client: APIRequestContext, action: Captured, email: string, from: string) {
  return async (): Promise<Answer> => {
    const { body: data, contentType } = multipart(Object.entries(action.fields).map(([name, value]) => [name, /e-?mail/i.test(name) ? email : value]));
    const started = performance.now();
    const response = await client.post(action.url, { headers: { ...action.headers, "content-type": contentType, "x-forwarded-for": from }, data, maxRedirects: 0 });
    const body = await response.text();
    return { status: response.status(), body: `${response.headers()["x-action-redirect"] ?? "(no redirect)"}\n${body}`, ms: performance.now() - started };
  };
}

