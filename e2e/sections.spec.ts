/**
 * Sections (Ressorts) as the newsroom manages them: an editor creates one, renames it (its slug stays,
 * so no address breaks), moves it up, cannot delete a section that still holds articles, and the page
 * passes axe. A moderator gets the 403 page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DASHBOARD_NAV, login } from "./helpers";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  expect(violations).toEqual([]);
}

/** The table row of a section, found by its row header ("<name> Slug: <slug>"). */
function sectionRow(page: Page, name: string) {
  return page.getByTestId("section-row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${name} Slug: `) }) });
}

test("an editor creates a section, renames it (the slug stays) and moves it up; the page passes axe", async ({ page }) => {
  const id = unique();
  const name = `Lokalsport ${id}`;
  const renamed = `Vereine ${id}`;
  await login(page, "EDITOR");
  await page.getByRole("navigation", { name: DASHBOARD_NAV }).getByRole("link", { name: "Ressorts", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/sections$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ressorts" })).toBeVisible();

  // Create: the new section comes last, with a slug made from its name.
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Ressort anlegen" }).click();
  await expect(page.getByText(`Ressort „${name}“ angelegt.`)).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("");
  const rows = page.getByTestId("section-row");
  await expect(rows.last().getByRole("rowheader")).toContainText(name);
  await expect(sectionRow(page, name)).toContainText(`Slug: lokalsport-${id}`);
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  await expect(sectionRow(page, name).getByRole("cell").first()).toHaveText(String(count));

  // A name that exists already (in another letter case) is refused under the field.
  await page.getByLabel("Name", { exact: true }).fill(name.toUpperCase());
  await page.getByRole("button", { name: "Ressort anlegen" }).click();
  await expect(page.getByText("Ein Ressort mit diesem Namen gibt es schon.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name.toUpperCase());
  await expect(rows).toHaveCount(count);

  // Rename inline: the name changes, the slug does not.
  await page.getByLabel(`Neuer Name für ${name}`).fill(renamed);
  await page.getByRole("button", { name: `${name} umbenennen` }).click();
  await expect(page.getByText(`Umbenannt in „${renamed}“. Die Adresse bleibt gleich.`)).toBeVisible();
  const row = sectionRow(page, renamed);
  await expect(row).toContainText(`Slug: lokalsport-${id}`);
  await expect(sectionRow(page, name)).toHaveCount(0);

  // Move up: one place higher, the section that was above it is now last.
  await expect(row.getByRole("button", { name: `${renamed} nach unten` })).toBeDisabled();
  await row.getByRole("button", { name: `${renamed} nach oben` }).click();
  await expect(row.getByRole("cell").first()).toHaveText(String(count - 1));
  await expect(rows.last().getByRole("rowheader")).not.toContainText(renamed);
  await expect(row.getByRole("button", { name: `${renamed} nach unten` })).toBeEnabled();

  // The order survives a reload (it is stored, not just shown).
  await page.reload();
  await expect(sectionRow(page, renamed).getByRole("cell").first()).toHaveText(String(count - 1));

  await expectNoViolations(page);
});

test("a section that still holds articles cannot be deleted; the refusal passes axe", async ({ page }) => {
  await login(page, "EDITOR", "/admin/sections");
  await page.goto("/admin/sections");
  const stuttgart = sectionRow(page, "Stuttgart");
  await stuttgart.getByRole("button", { name: "Stuttgart löschen" }).click();
  await expect(stuttgart.getByText(/^„Stuttgart“ enthält noch \d+ Artikel\. Verschieben oder löschen Sie diese zuerst\.$/)).toBeVisible();
  await page.reload();
  await expect(sectionRow(page, "Stuttgart")).toHaveCount(1);
  await expectNoViolations(page);
});

test("a moderator opening the sections page gets 403", async ({ page }) => {
  await login(page, "MODERATOR");
  const response = await page.goto("/admin/sections");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: DASHBOARD_NAV }).getByRole("link", { name: "Ressorts" })).toHaveCount(0);
});
