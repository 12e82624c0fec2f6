/**
 * Staff management as the admin lives it: a new colleague gets an account (initial password or invite
 * link), signs in and sees only their sections; disabling ends their session on the next page load.
 * Other roles get the 403 page without a single staff e-mail in it.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DASHBOARD_NAV, USERS, login } from "./helpers";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function createPerson(page: Page, person: { name: string; email: string; role: string; access: "password" | "invite" }) {
  await page.goto("/admin/staff");
  await page.getByRole("link", { name: "Neue Person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Neue Person" })).toBeVisible();
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("E-Mail").fill(person.email);
  await page.getByRole("checkbox", { name: person.role, exact: true }).check();
  if (person.access === "invite") await page.getByRole("radio", { name: /Einladungslink/ }).check();
  await page.getByRole("button", { name: "Person anlegen" }).click();
  await expect(page.getByRole("heading", { name: `${person.name} wurde angelegt.` })).toBeVisible();
  return (await page.getByTestId("one-time-secret").innerText()).trim();
}

/** A second browser, so the admin and the new person are signed in side by side. */
async function signInElsewhere(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("E-Mail").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
  return page;
}

test("admin creates a person with an initial password; they see only their sections until disabled", async ({ page, browser }) => {
  const person = { name: `Rita Redaktion ${unique()}`, email: `rita-${unique()}@newsdesk.local`, role: "Redaktion", access: "password" as const };
  await login(page, "ADMIN");
  const password = await createPerson(page, person);
  expect(password).toMatch(/^([A-Za-z2-9]{5}-){3}[A-Za-z2-9]{5}$/);

  const colleague = await signInElsewhere(browser, person.email.toUpperCase(), password);
  await expect(colleague.getByTestId("current-user")).toContainText(person.name);
  await expect(colleague.getByRole("navigation", { name: DASHBOARD_NAV }).getByRole("link")).toHaveText(["Übersicht", "Artikel", "Ressorts", "Newsletter"]);
  expect((await colleague.goto("/admin/staff"))?.status()).toBe(403);

  // The admin sees the new person in the list and disables them.
  await page.goto("/admin/staff");
  const row = page.getByRole("row", { name: new RegExp(person.name) });
  await expect(row).toContainText(person.email);
  await expect(row).toContainText("Aktiv");
  await row.getByRole("link", { name: person.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: person.name })).toBeVisible();
  await page.getByRole("button", { name: "Deaktivieren" }).click();
  await expect(page.getByText("Konto deaktiviert, alle Sitzungen beendet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Wieder aktivieren" })).toBeVisible();

  await colleague.goto("/admin/articles");
  await expect(colleague).toHaveURL(/\/login/);
  await colleague.context().close();

  // Recorded in the audit log, filterable by action.
  await page.goto(`/admin/audit?action=staff.disable&q=${encodeURIComponent(person.name)}`);
  await expect(page.getByRole("cell", { name: `${person.name} deaktiviert` })).toBeVisible();
  // A text search says how far back it reads.
  await expect(page.getByTestId("audit-search-window")).toContainText("neuesten 10.000 Einträge");
});

test("an invited person sets a password through the link, which then stops working", async ({ page, browser }) => {
  const person = { name: `Ivo Invite ${unique()}`, email: `ivo-${unique()}@newsdesk.local`, role: "Moderation", access: "invite" as const };
  await login(page, "ADMIN");
  const link = await createPerson(page, person);
  expect(new URL(link).pathname).toMatch(/^\/einladung\/[A-Za-z0-9_-]{43}$/);

  const context = await browser.newContext({ locale: "de-DE" });
  const invitee = await context.newPage();
  await invitee.goto(link);
  await expect(invitee.getByText(`Willkommen, ${person.name}!`)).toBeVisible();
  await invitee.getByLabel("Neues Passwort").fill("passwort123");
  await invitee.getByLabel("Passwort wiederholen").fill("passwort123");
  await invitee.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(invitee.getByText("Dieses Passwort ist zu verbreitet.", { exact: false })).toBeVisible();

  const chosen = "Möwen über dem Neckar";
  await invitee.getByLabel("Neues Passwort").fill(chosen);
  await invitee.getByLabel("Passwort wiederholen").fill(chosen);
  await invitee.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(invitee.getByText("Ihr Passwort ist gespeichert.", { exact: false })).toBeVisible();

  await invitee.goto(link);
  await expect(invitee.getByRole("heading", { name: "Einladung ungültig" })).toBeVisible();
  await context.close();

  const colleague = await signInElsewhere(browser, person.email, chosen);
  await expect(colleague.getByTestId("current-user")).toContainText(person.name);
  await expect(colleague.getByRole("navigation", { name: DASHBOARD_NAV }).getByRole("link")).toHaveText(["Übersicht", "Kommentare", "Abonnements"]);
  await colleague.context().close();
});

test("a moderator opening staff management gets 403 and no staff e-mail", async ({ page }) => {
  await login(page, "MODERATOR");
  for (const path of ["/admin/staff", "/admin/staff/new", "/admin/staff/1", "/admin/audit"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
    const html = await response!.text();
    for (const { email } of Object.values(USERS)) expect(html, `${path} leaks ${email}`).not.toContain(email);
  }
});

test("unknown and malformed staff ids answer 404", async ({ page }) => {
  await login(page, "ADMIN");
  for (const path of ["/admin/staff/999999", "/admin/staff/abc", "/admin/staff/1e3"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});
