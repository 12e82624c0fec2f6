/**
 * The rules page and the commenter view as moderators use them: a suspect word and the link limit
 * survive a reload, an e-mail address is banned and unbanned from the commenter view of a seeded
 * commenter (Karin M., karin@example.org), an editor gets 403 on both, both pages pass axe. The suites
 * share one database, so every test undoes its changes at the end.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { login, unique } from "./helpers";

const RULES = "/admin/comments/rules";
const KARIN = "karin@example.org";
const COMMENTER = `/admin/comments/commenter?email=${encodeURIComponent(KARIN)}`;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}

test("a moderator adds a suspect word and changes the link limit; both survive a reload", async ({ page }) => {
  await login(page, "MODERATOR", RULES);
  await page.goto(RULES);
  await expect(page.getByRole("heading", { level: 1, name: "Moderationsregeln" })).toBeVisible();

  const suspect = page.getByTestId("word-list-SUSPECT");
  const word = `schwurbel${unique()}`;
  await suspect.getByLabel("Wort").fill(`  ${word.toUpperCase()} `);
  await suspect.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(suspect.getByRole("status").filter({ hasText: `„${word}“ steht jetzt bei: Verdächtige Wörter.` })).toBeVisible();
  // A duplicate is refused under the field.
  await suspect.getByLabel("Wort").fill(word);
  await suspect.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(suspect.getByText(`„${word}“ steht schon auf dieser Liste.`)).toBeVisible();

  const linkLimit = page.getByLabel("Höchstzahl Links");
  const original = await linkLimit.inputValue();
  const changed = original === "7" ? "8" : "7";
  await linkLimit.fill("99");
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Bitte eine ganze Zahl von 0 bis 20.")).toBeVisible();
  await linkLimit.fill(changed);
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Einstellungen gespeichert.")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("Höchstzahl Links")).toHaveValue(changed);
  await expect(page.getByTestId("word-list-SUSPECT").getByTestId("word-entry").filter({ hasText: word })).toBeVisible();

  // Undo: the word goes, the limit returns.
  await page.getByTestId("word-list-SUSPECT").getByRole("button", { name: `„${word}“ entfernen` }).click();
  await expect(page.getByTestId("word-list-SUSPECT").getByTestId("word-entry").filter({ hasText: word })).toHaveCount(0);
  await page.getByLabel("Höchstzahl Links").fill(original);
  await page.getByRole("button", { name: "Einstellungen speichern" }).click();
  await expect(page.getByText("Einstellungen gespeichert.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Höchstzahl Links")).toHaveValue(original);
});

test("a moderator bans and unbans a commenter's e-mail address from the commenter view", async ({ page }) => {
  await login(page, "MODERATOR", COMMENTER);
  await page.goto(COMMENTER);
  await expect(page.getByRole("heading", { level: 1, name: `Kommentare von ${KARIN}` })).toBeVisible();
  await expect(page.getByTestId("commenter-comment").filter({ hasText: "In unserem Heim in Degerloch" })).toBeVisible();
  const panel = page.getByTestId("commenter-ban");
  await expect(panel.getByRole("heading", { name: "Diese E-Mail-Adresse ist nicht gesperrt." })).toBeVisible();

  await panel.getByLabel("Grund (freiwillig)").fill("E2e-Test");
  await panel.getByRole("button", { name: "E-Mail-Adresse sperren" }).click();
  await expect(panel.getByRole("heading", { name: "Diese E-Mail-Adresse ist gesperrt." })).toBeVisible();
  await expect(panel.getByText("Grund: E2e-Test")).toBeVisible();

  // The rules page lists the ban too.
  await page.goto(RULES);
  await expect(page.getByTestId("ban-list-EMAIL").getByTestId("ban-entry").filter({ hasText: KARIN })).toBeVisible();

  await page.goto(COMMENTER);
  await page.getByTestId("commenter-ban").getByRole("button", { name: "Sperre aufheben" }).click();
  await expect(page.getByTestId("commenter-ban").getByRole("heading", { name: "Diese E-Mail-Adresse ist nicht gesperrt." })).toBeVisible();
});

test("an invalid e-mail address in the commenter view is a 404", async ({ page }) => {
  await login(page, "MODERATOR");
  const response = await page.goto("/admin/comments/commenter?email=keine-adresse");
  expect(response?.status()).toBe(404);
});

test("an editor gets 403 on the rules page and the commenter view", async ({ page }) => {
  await login(page, "EDITOR");
  for (const path of [RULES, COMMENTER]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.locator("body")).not.toContainText(KARIN);
  }
});

test("the rules page and the commenter view pass axe", async ({ page }) => {
  await login(page, "MODERATOR", RULES);
  await page.goto(RULES);
  await expect(page.getByRole("heading", { level: 1, name: "Moderationsregeln" })).toBeVisible();
  await expectNoViolations(page);
  await page.goto(COMMENTER);
  await expect(page.getByTestId("commenter-comment").first()).toBeVisible();
  await expectNoViolations(page);
});
