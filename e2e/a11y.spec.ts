/**
 * axe-core on the pages every visitor and every staff member meets first: no violations at all
 * (WCAG 2.x A/AA and axe's best practices), so a regression shows up as a named rule and node.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login } from "./helpers";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  // Rule id, impact and the offending nodes make a failure readable without opening the trace.
  const violations = results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  expect(violations).toEqual([]);
}

test("the login page", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { level: 1, name: "Anmeldung" })).toBeVisible();
  await expectNoViolations(page);
});

test("the login page showing an error", async ({ page }) => {
  await page.goto("/login");
  // An empty form is refused by the server's schema without counting as a login failure.
  await page.getByRole("button", { name: "Anmelden" }).click();
  await expect(page.getByTestId("login-error")).toHaveText("E-Mail oder Passwort ist falsch.");
  await expectNoViolations(page);
});

test("the dashboard home (admin)", async ({ page }) => {
  await login(page, "ADMIN");
  await expect(page.getByRole("heading", { level: 1, name: "Guten Tag, Anna Admin" })).toBeVisible();
  await expectNoViolations(page);
});

test("the reader home", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 3, name: "Die Impfschnecke in BW" })).toBeVisible();
  await expectNoViolations(page);
});

test("an article page", async ({ page }) => {
  await page.goto("/artikel/die-impfschnecke-in-bw");
  await expect(page.getByRole("heading", { level: 1, name: "Die Impfschnecke in BW" })).toBeVisible();
  await expectNoViolations(page);
});

test("the comment form's own page, showing a refused post without JavaScript", async ({ page, baseURL }) => {
  await page.goto("/artikel/die-impfschnecke-in-bw");
  const articleId = await page.locator('main form input[name="articleId"]').inputValue();
  // As a browser without JavaScript posts the form: refused, and sent back to the form's page with the messages.
  const post = await page.request.post("/artikel/die-impfschnecke-in-bw/kommentar", {
    headers: { origin: new URL(baseURL!).origin, "x-forwarded-for": "192.0.2.251" },
    form: { articleId, name: "Ohne Skript", email: "kein-at", body: "Text bleibt stehen", website: "" },
    maxRedirects: 0,
  });
  expect(post.status()).toBe(303);
  await page.goto(post.headers()["location"]);
  await expect(page.getByText("Bitte geben Sie eine gültige E-Mail-Adresse an.")).toBeVisible();
  await expectNoViolations(page);
});

test("the 403 page", async ({ page }) => {
  await login(page, "EDITOR");
  await page.goto("/admin/comments");
  await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
  await expectNoViolations(page);
});
