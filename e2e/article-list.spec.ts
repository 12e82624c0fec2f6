/**
 * The editors' working list: filter by status and text, move an article to the trash with the bulk
 * bar and bring it back; and the list page passes axe. The editor writes their own article first, so
 * the seeded ones (which the reader specs rely on) are never touched.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login, unique, writeArticle } from "./helpers";

/** Applies the filter form. */
async function filter(page: Page, { status, q }: { status?: string; q?: string }) {
  const form = page.getByRole("search", { name: "Artikel filtern" });
  if (status !== undefined) await form.getByLabel("Status").selectOption({ label: status });
  if (q !== undefined) await form.getByLabel("Titel enthält").fill(q);
  await form.getByRole("button", { name: "Anwenden" }).click();
}

test("an editor filters the list by status and text, trashes an article with the bulk bar and restores it", async ({ page }) => {
  test.slow();
  const word = `Lichtfest${unique()}`;
  const title = `${word} am Schlossplatz`;
  await login(page, "EDITOR");
  await writeArticle(page, title);

  await page.goto("/admin/articles");
  await filter(page, { status: "Entwurf", q: word.toUpperCase() });
  await expect(page).toHaveURL(/status=DRAFT/);
  const rows = page.getByTestId("article-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(title);
  await expect(rows.first()).toContainText("Entwurf");

  // Another status does not show it.
  await filter(page, { status: "Veröffentlicht" });
  await expect(page.getByText("Keine Artikel gefunden.")).toBeVisible();

  await filter(page, { status: "Alle (ohne Papierkorb)" });
  await expect(rows).toHaveCount(1);
  await page.getByRole("checkbox", { name: `„${title}“ auswählen` }).check();
  await page.getByRole("button", { name: "In den Papierkorb" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 Artikel in den Papierkorb gelegt." })).toBeVisible();
  await expect(page.getByText("Keine Artikel gefunden.")).toBeVisible();

  await page.getByTestId("article-tab-trash").click();
  await expect(page).toHaveURL(/status=TRASH/);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("im Papierkorb");
  // The "select all on this page" box ticks the row.
  await page.getByRole("checkbox", { name: "Alle Artikel auf dieser Seite auswählen" }).check();
  await expect(page.getByRole("checkbox", { name: `„${title}“ auswählen` })).toBeChecked();
  await page.getByRole("button", { name: "Wiederherstellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 Artikel wiederhergestellt." })).toBeVisible();
  await expect(page.getByText("Keine Artikel gefunden.")).toBeVisible();

  await page.getByTestId("article-tab-all").click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(title);
  await expect(rows.first()).not.toContainText("im Papierkorb");
});

test("a bulk publish of the editor's own unreviewed draft is refused with the reason", async ({ page }) => {
  const title = `Eigener Entwurf ${unique()}`;
  await login(page, "EDITOR");
  await writeArticle(page, title);
  await page.goto(`/admin/articles?q=${encodeURIComponent(title)}`);
  await page.getByRole("checkbox", { name: `„${title}“ auswählen` }).check();
  await page.getByRole("button", { name: "Veröffentlichen", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Kein Artikel veröffentlicht." })).toContainText("nur die Administration");
  await expect(page.getByTestId("article-row").first()).toContainText("Entwurf");
});

test("the article list passes axe", async ({ page }) => {
  await login(page, "EDITOR");
  await page.goto("/admin/articles");
  await expect(page.getByRole("heading", { level: 1, name: "Artikel" })).toBeVisible();
  await expect(page.getByTestId("article-row").first()).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) }));
  expect(violations).toEqual([]);
});
