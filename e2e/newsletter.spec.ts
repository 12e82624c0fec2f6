/**
 * The newsletter end to end over real SMTP (the e2e server's catcher): a reader signs up and confirms,
 * an editor composes an issue from a recent article, checks the preview and sends it, watches the
 * delivery reach every recipient, and the reader receives it with a working one-click unsubscribe.
 * A thread subscriber switches to the daily digest on the manage page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { login, unique } from "./helpers";
import { linkIn, waitForMail } from "./mail";

const ARTICLE = "Sechs Jahre erfolgreiche Arbeit für Integration";

test("an editor composes, previews and sends an issue; a confirmed reader receives it and can unsubscribe in one click", async ({ browser, baseURL, page }) => {
  const email = `newsletter-${unique()}@example.org`;
  const reader = await browser.newContext({ baseURL, locale: "de-DE", extraHTTPHeaders: { "x-forwarded-for": `198.18.${Date.now() % 250}.7` } });
  const readerPage = await reader.newPage();
  await readerPage.goto("/newsletter");
  await readerPage.getByLabel("E-Mail").fill(email);
  await readerPage.getByRole("button", { name: "Newsletter abonnieren" }).click();
  await expect(readerPage.getByRole("heading", { name: "Fast geschafft" })).toBeVisible();
  const confirm = await waitForMail(email, /Newsletter-Abonnement/);
  await readerPage.goto(linkIn(confirm, "/abo/bestaetigen/"));
  await readerPage.getByRole("button", { name: "Abonnement bestätigen" }).click();
  await expect(readerPage.getByRole("heading", { name: "Abonnement bestätigt" })).toBeVisible();

  await login(page, "EDITOR", "/admin/newsletter");
  await page.goto("/admin/newsletter");
  await page.getByRole("link", { name: "Neue Ausgabe" }).click();
  const subject = `Die Woche ${unique()}`;
  await page.getByLabel("Betreff").fill(subject);
  await page.getByLabel("Einleitung").fill("Liebe Leserinnen und Leser,\n\n<b>das</b> war die Woche.");
  // Nothing chosen yet: the save is refused with a field error.
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page.locator("#field-articles-error")).not.toBeEmpty();
  await page.getByRole("checkbox", { name: new RegExp(ARTICLE) }).first().check();
  await page.getByRole("button", { name: "Entwurf speichern" }).click();
  await expect(page).toHaveURL(/\/admin\/newsletter\/\d+$/);

  const preview = page.frameLocator('iframe[title="Vorschau der E-Mail"]');
  await expect(preview.getByRole("heading", { name: subject })).toBeVisible();
  await expect(preview.getByText("<b>das</b> war die Woche.")).toBeVisible(); // text, not markup
  await expect(preview.getByRole("link", { name: ARTICLE })).toBeVisible();
  expect((await new AxeBuilder({ page }).exclude("iframe").analyze()).violations).toEqual([]);

  // Sending needs the confirmation box.
  await page.getByRole("checkbox", { name: /an alle bestätigten Abonnenten senden/ }).check();
  await page.getByRole("button", { name: "Jetzt senden" }).click();
  await expect(page.getByRole("heading", { name: `${subject} · Versendet` })).toBeVisible({ timeout: 20_000 });
  const recipients = Number((await page.getByTestId("progress-recipients").textContent())!.replace(/\D/g, ""));
  expect(recipients).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("progress-sent")).toHaveText(String(recipients).replace(/\B(?=(\d{3})+(?!\d))/g, "."), { timeout: 30_000 });

  const issue = await waitForMail(email, new RegExp(`^${subject}$`));
  expect(issue.text).toContain(ARTICLE);
  expect(issue.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  const oneClick = /<([^>]+)>/.exec(issue.headers["list-unsubscribe"])![1];
  const answer = await reader.request.post(oneClick, { form: { "List-Unsubscribe": "One-Click" } });
  expect(answer.ok()).toBe(true);
  await readerPage.goto(linkIn(issue, "/abo/verwalten/"));
  await expect(readerPage.getByText("Sie haben keine aktiven Abonnements.")).toBeVisible();

  await page.goto("/admin/newsletter");
  await expect(page.getByRole("row", { name: new RegExp(subject) })).toContainText("Versendet");
  await reader.close();
});
