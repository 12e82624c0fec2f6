/**
 * Signing in and out: the way back to the requested page, generic errors for wrong passwords and
 * unknown accounts, no redirects off the site, logout that ends the session on the server, login
 * throttling and the language switch of the dashboard header.
 *
 * Wrong-password budget: failures also count per client IP (all tests share one; blocked after 30 in
 * 15 minutes), so this file spends 12 of them and the rest of the suite can still log in.
 */
import { expect, test, type Page } from "@playwright/test";
import { DASHBOARD_NAV, LOGIN_INVALID, LOGIN_THROTTLED, USERS, login, logout, submitLogin } from "./helpers";

/** The login page, with the given path waiting in callbackUrl. */
function isLoginFor(callbackPath: string) {
  return (url: URL) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === callbackPath;
}

async function expectSignedOut(page: Page) {
  await page.goto("/admin");
  await expect(page).toHaveURL(isLoginFor("/admin"));
  await expect(page.getByRole("heading", { level: 1, name: "Anmeldung" })).toBeVisible();
  await expect(page.getByTestId("current-user")).toHaveCount(0);
}

test.describe("signed-out visitors", () => {
  test("of /admin go to the login page and land on the dashboard after logging in", async ({ page }) => {
    await page.goto("/admin");
    await expect(page).toHaveURL(isLoginFor("/admin"));
    const answer = await submitLogin(page, USERS.ADMIN.email, USERS.ADMIN.password);
    expect(answer.ok()).toBe(true);
    await expect(page).toHaveURL((url) => url.pathname === "/admin" && url.search === "");
    await expect(page.getByRole("heading", { level: 1, name: "Guten Tag, Anna Admin" })).toBeVisible();
  });

  test("of /admin/comments land on the comments queue after logging in", async ({ page }) => {
    await page.goto("/admin/comments");
    await expect(page).toHaveURL(isLoginFor("/admin/comments"));
    await submitLogin(page, USERS.MODERATOR.email, USERS.MODERATOR.password);
    await expect(page).toHaveURL((url) => url.pathname === "/admin/comments");
    await expect(page.getByRole("heading", { level: 1, name: "Kommentare" })).toBeVisible();
    await expect(page.getByTestId("current-user")).toContainText(USERS.MODERATOR.name);
  });
});

test.describe("failed logins", () => {
  test("a wrong password shows the generic error and stays signed out", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, USERS.EDITOR.email, "not-the-password");
    await expect(page.getByTestId("login-error")).toHaveText(LOGIN_INVALID);
    await expect(page).toHaveURL((url) => url.pathname === "/login");
    await expectSignedOut(page);
  });

  test("an unknown e-mail shows the very same error", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, "niemand@newsdesk.local", "newsdesk-admin");
    await expect(page.getByTestId("login-error")).toHaveText(LOGIN_INVALID);
    await expectSignedOut(page);
  });
});

test.describe("callbackUrl", () => {
  for (const external of ["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)"]) {
    test(`an external target (${external}) is ignored: the login lands on /admin`, async ({ page, baseURL }) => {
      await page.goto(`/login?callbackUrl=${encodeURIComponent(external)}`);
      await submitLogin(page, USERS.ADMIN.email, USERS.ADMIN.password);
      await expect(page.getByTestId("current-user")).toContainText(USERS.ADMIN.name);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      await expect(page).toHaveURL((url) => url.pathname === "/admin");
    });
  }

  test("a signed-in visitor of the login page is sent on, but never off the site", async ({ page }) => {
    await login(page, "ADMIN");
    await page.goto(`/login?callbackUrl=${encodeURIComponent("//evil.example")}`);
    await expect(page).toHaveURL((url) => url.pathname === "/admin");
    await expect(page.getByTestId("current-user")).toContainText(USERS.ADMIN.name);
  });
});

test("logout ends the session on the server: the old cookie no longer opens the dashboard", async ({ page, context, browser, baseURL }) => {
  await login(page, "ADMIN");
  const cookies = await context.cookies();
  expect(cookies.some((c) => c.name.includes("next-auth.session-token")), "a session cookie was set").toBe(true);

  await logout(page);
  await expectSignedOut(page);

  // Replay the cookie captured before the logout: its JWT is still well-formed and unexpired, but it
  // names a revoked session.
  const replay = await browser.newContext({ baseURL, locale: "de-DE" });
  try {
    await replay.addCookies(cookies);
    const stolen = await replay.newPage();
    await stolen.goto("/admin");
    await expect(stolen).toHaveURL(isLoginFor("/admin"));
    await expect(stolen.getByTestId("current-user")).toHaveCount(0);
    await stolen.goto("/admin/comments");
    await expect(stolen).toHaveURL((url) => url.pathname === "/login");
    await expect(stolen.getByRole("heading", { level: 1, name: "Kommentare" })).toHaveCount(0);
  } finally {
    await replay.close();
  }
});

test("sign-out is a plain form post: it works before the page's scripts run, and without JavaScript", async ({ page, context, browser, baseURL }) => {
  await login(page, "ADMIN");
  const noScript = await browser.newContext({ baseURL, locale: "de-DE", javaScriptEnabled: false });
  try {
    await noScript.addCookies(await context.cookies());
    const plain = await noScript.newPage();
    await plain.goto("/admin");
    await expect(plain.getByTestId("current-user")).toContainText(USERS.ADMIN.name);
    await plain.getByRole("button", { name: "Abmelden" }).click();
    await expect(plain).toHaveURL((url) => url.pathname === "/login");
    await plain.goto("/admin");
    await expect(plain).toHaveURL(isLoginFor("/admin"));
  } finally {
    await noScript.close();
  }
  // The session itself ended on the server: the tab that still holds its cookie is signed out too.
  await expectSignedOut(page);
});

test("ten failures for one e-mail block it: the eleventh attempt is refused", async ({ page }) => {
  // Failures count per e-mail, so an address without an account keeps the demo logins usable.
  // From the fourth failure on each answer is delayed (up to 4 s), hence the long timeout.
  test.setTimeout(120_000);
  const email = "nobody@newsdesk.local";
  await page.goto("/login");
  const error = page.getByTestId("login-error");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await submitLogin(page, email, `wrong-${attempt}`);
    await expect(error, `attempt ${attempt}`).toHaveText(LOGIN_INVALID);
  }
  await submitLogin(page, email, "wrong-11");
  await expect(error).toHaveText(LOGIN_THROTTLED);
  await expect(error).toHaveText(/in 15 Minuten/);
  await expectSignedOut(page);
});

test("the language switch shows the dashboard in English and back in German", async ({ page }) => {
  await login(page, "ADMIN");
  const header = page.getByRole("banner");
  await header.getByRole("button").filter({ hasText: /^EN$/ }).click();
  const englishNav = page.getByRole("navigation", { name: "Dashboard navigation" });
  await expect(englishNav.getByRole("link").first()).toHaveText("Overview");
  await expect(englishNav.getByRole("link", { name: "Audit log" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Hello, Anna Admin" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(header.getByRole("button", { name: "Sign out" })).toBeVisible();

  await header.getByRole("button").filter({ hasText: /^DE$/ }).click();
  const germanNav = page.getByRole("navigation", { name: DASHBOARD_NAV });
  await expect(germanNav.getByRole("link").first()).toHaveText("Übersicht");
  await expect(page.getByRole("heading", { level: 1, name: "Guten Tag, Anna Admin" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});
