/** Shared e2e helpers: the demo logins seeded by prisma/seed.ts and a login through the real form. */
import { expect, type Page } from "@playwright/test";

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
  await expect(page.getByTestId("current-user")).toContainText(user.name);
}
