/** Shared e2e helpers: the demo logins seeded by prisma/seed.ts and a login through the real form. */
import { expect, type Locator, type Page } from "@playwright/test";

export const USERS = {
  ADMIN: { email: "admin@newsdesk.local", password: "newsdesk-admin", name: "Anna Admin" },
  EDITOR: { email: "redaktion@newsdesk.local", password: "newsdesk-redaktion", name: "Erik Redakteur" },
  MODERATOR: { email: "moderation@newsdesk.local", password: "newsdesk-moderation", name: "Mia Moderatorin" },
  AD_MANAGER: { email: "anzeigen@newsdesk.local", password: "newsdesk-anzeigen", name: "Adrian Anzeigen" },
} as const;

export type DemoRole = keyof typeof USERS;

export async function login(page: Page, role: DemoRole, callbackPath = "/admin") {
  const user = USERS[role];
  await page.goto(`/login?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await page.getByLabel("E-Mail").fill(user.email);
  await page.getByLabel("Passwort").fill(user.password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  // Password hashing is slow on purpose: two logins at once on a busy machine take seconds.
  await expect(page.getByTestId("current-user")).toContainText(user.name, { timeout: 15_000 });
}

/**
 * Waits until React has hydrated the element (its props are attached): a click on a client button
 * before that does nothing, which a slow, busy machine makes visible now and then.
 */
export async function expectHydrated(locator: Locator) {
  await expect.poll(() => locator.evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps")))).toBe(true);
}

/** Signs out through the dashboard's button (a server action's form) and waits for the login page. */
export async function logout(page: Page) {
  const button = page.getByRole("button", { name: "Abmelden" });
  await expectHydrated(button);
  await button.click();
  await expect(page).toHaveURL((url) => url.pathname === "/login");
}

/** The accessible name of the dashboard's main navigation (admin.shell.navLabel). */
export const DASHBOARD_NAV = "Dashboard-Navigation";

export const LOGIN_INVALID = "E-Mail oder Passwort ist falsch.";
export const LOGIN_THROTTLED = /^Zu viele Fehlversuche\. Bitte versuchen Sie es in \d+ Minuten erneut\.$/;

/**
 * Fills and submits the login form on the page that is already open and waits for the server's answer
 * (the credentials callback), without asserting where it leads: for failures, redirects and throttling.
 */
export async function submitLogin(page: Page, email: string, password: string) {
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort").fill(password);
  const answer = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/auth/callback/credentials" && r.request().method() === "POST");
  await page.getByRole("button", { name: "Anmelden" }).click();
  return answer;
}

/** A suffix that keeps titles and addresses unique across tests and runs. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Writes a new article through the editor (section Stuttgart) and returns its id, on the editor page it
 * lands on. `write` types the body (default: one plain paragraph); `beforeSubmit` fills more fields.
 */
export async function writeArticle(page: Page, title: string, options: { write?: (page: Page) => Promise<void>; beforeSubmit?: (page: Page) => Promise<void> } = {}) {
  await page.goto("/admin/articles/new");
  await expect(page.getByRole("heading", { level: 1, name: "Neuer Artikel" })).toBeVisible();
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Vorspann").fill(`Vorspann zu ${title}`);
  await page.getByRole("textbox", { name: "Text", exact: true }).click();
  if (options.write) await options.write(page);
  else await page.keyboard.type("Ein einfacher Absatz.");
  await page.getByLabel("Ressort").selectOption({ label: "Stuttgart" });
  if (options.beforeSubmit) await options.beforeSubmit(page);
  await page.getByRole("button", { name: "Artikel anlegen" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "Artikel bearbeiten" })).toBeVisible();
  return Number(new URL(page.url()).pathname.split("/").pop());
}
