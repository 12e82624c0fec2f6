/**
 * Brute force without a malicious lockout (SECURITY.md, "brute force"): 300 wrong passwords at one
 * account, from one address and from 50. At most 100 of them may be evaluated at all (the rest are
 * refused without checking the password); the owner, on the browser they logged in with before (device
 * cookie, lib/auth/device.ts), still gets in; a browser the account does not know is refused while the
 * lock holds; only the owner (by logging in from a trusted device) or an admin clears it.
 *
 * Each test attacks an account of its own, created through the staff page, so the seeded logins stay
 * usable for the rest of the suite; the attackers use addresses no other spec uses.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { LOGIN_INVALID, LOGIN_THROTTLED, login, logout, submitLogin } from "../helpers";
import { attemptLogin, clearLockAsAdmin, createStaffAccount, ip, ipBlock, siteClient } from "./http";

const ATTEMPTS = 300;
const MAX_EVALUATED = 100;

type Account = Awaited<ReturnType<typeof createStaffAccount>>;

/** A browser of its own; signs in and out once when `trusted`, which leaves the device cookie behind. */
async function browserOf(browser: Browser, account: Account, trusted: boolean) {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  if (trusted) {
    await page.goto("/login");
    await submitLogin(page, account.email, account.password);
    await expect(page.getByTestId("current-user")).toContainText(account.name);
    await logout(page);
  }
  return page;
}

async function logsIn(page: Page, account: Account) {
  await page.goto("/login");
  await submitLogin(page, account.email, account.password);
  await expect(page.getByTestId("current-user")).toContainText(account.name);
  await logout(page);
}

async function isRefused(page: Page, account: Account) {
  await page.goto("/login");
  await submitLogin(page, account.email, account.password);
  await expect(page.getByTestId("login-error")).toHaveText(LOGIN_THROTTLED);
  await expect(page.getByTestId("current-user")).toHaveCount(0);
}

/** Wrong passwords from `addresses` distinct clients; counts the ones the server evaluated (answered INVALID, not THROTTLED). */
async function attack(baseURL: string, email: string, attempts: number, addresses: number, counts = { evaluated: 0, refused: 0 }) {
  const first = ipBlock();
  const clients = await Promise.all(Array.from({ length: addresses }, () => siteClient(baseURL)));
  try {
    for (let i = 0; i < attempts; i++) {
      const answer = await attemptLogin(clients[i % addresses], email, `wrong-guess-${i}`, ip(first + (i % addresses) + 1));
      if (answer.error === "INVALID") counts.evaluated++;
      else if (answer.error?.startsWith("THROTTLED")) counts.refused++;
      else throw new Error(`unexpected answer ${answer.status} ${answer.body}`);
    }
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
  }
  return counts;
}

test.describe("300 wrong passwords at one account", () => {
  test.setTimeout(240_000);

  test("from one address: ≤ 100 evaluated, the owner's browser still gets in and thereby clears the lock", async ({ page, browser, baseURL }) => {
    await login(page, "ADMIN");
    const account = await createStaffAccount(page);
    const owner = await browserOf(browser, account, true);

    const counts = await attack(baseURL!, account.email, ATTEMPTS, 1);
    expect(counts.evaluated).toBeGreaterThan(0);
    expect(counts.evaluated).toBeLessThanOrEqual(MAX_EVALUATED);
    expect(counts.refused).toBe(ATTEMPTS - counts.evaluated);

    // A browser the account does not know is refused, even with the right password...
    const stranger = await browserOf(browser, account, false);
    await isRefused(stranger, account);
    // ...the owner's is not, and their login ends the lock for everyone.
    await logsIn(owner, account);
    await logsIn(stranger, account);
    await owner.context().close();
    await stranger.context().close();
  });

  test("from 50 addresses: ≤ 100 evaluated, the owner logs in mid-attack, the lock holds until an admin clears it", async ({ page, browser, baseURL }) => {
    await login(page, "ADMIN");
    const account = await createStaffAccount(page);
    const owner = await browserOf(browser, account, true);

    const counts = await attack(baseURL!, account.email, ATTEMPTS / 2, 50);
    await logsIn(owner, account);
    await attack(baseURL!, account.email, ATTEMPTS / 2, 50, counts);
    expect(counts.evaluated).toBeGreaterThan(0);
    expect(counts.evaluated).toBeLessThanOrEqual(MAX_EVALUATED);

    const stranger = await browserOf(browser, account, false);
    await isRefused(stranger, account);
    // A wrong password from the owner's own browser is judged by that browser's budget, not refused.
    await owner.goto("/login");
    await submitLogin(owner, account.email, "not-my-password");
    await expect(owner.getByTestId("login-error")).toHaveText(LOGIN_INVALID);

    await clearLockAsAdmin(page, account.name);
    await logsIn(stranger, account);
    await owner.context().close();
    await stranger.context().close();
  });
});
