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
