import { expect, test } from "@playwright/test";
import { login } from "./helpers";

test("the reader home shows the seeded articles and sidebar", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Die Impfschnecke in BW" })).toBeVisible();
  await expect(page.getByText("Tageszeitungen zum Probe lesen")).toBeVisible();
  await expect(page.getByText("Werben Sie ab 5 Euro")).toBeVisible();
  await expect(page.getByRole("link", { name: "Wohnmobilreisen" })).toBeVisible();
});

test("an admin logs in and sees the dashboard", async ({ page }) => {
  await login(page, "ADMIN");
  await expect(page.getByRole("heading", { name: /Guten Tag, Anna Admin/ })).toBeVisible();
});
