/**
 * Articles as the newsroom lives them: an editor writes and submits, the admin publishes (four eyes),
 * readers see the formatting; hostile HTML stays inert; two people saving the same version get the
 * conflict with nothing lost; a revision is restored; a moderator cannot open the editor.
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { USERS, login, unique, writeArticle, type DemoRole } from "./helpers";

const body = (page: Page) => page.getByRole("textbox", { name: "Text", exact: true });

/** Writes a new article through the editor and returns its id (the editor page it lands on). */
const createArticle = (page: Page, title: string, write?: (page: Page) => Promise<void>, beforeSubmit?: (page: Page) => Promise<void>) =>
  writeArticle(page, title, { write, beforeSubmit });

async function signInElsewhere(browser: Browser, role: DemoRole, path: string) {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await login(page, role, path);
  await page.goto(path);
  return page;
}

async function publishNow(page: Page) {
  await page.getByRole("button", { name: "Veröffentlichen/Planen" }).click();
  await expect(page.getByText("Veröffentlicht oder geplant.")).toBeVisible();
  await expect(page.getByTestId("article-status")).toHaveText("Veröffentlicht");
}

test("a click on a toolbar button leaves the focus in the text, so the next key typed is not lost", async ({ page }) => {
  await login(page, "EDITOR");
  await page.goto("/admin/articles/new");
  await expect(page.getByRole("heading", { level: 1, name: "Neuer Artikel" })).toBeVisible();
  await body(page).click();
  await page.keyboard.type("Die Bahn fährt ");
  // No wait between the click and the keys: a fast typist does not wait for the button's state either.
  await page.getByRole("button", { name: "Fett", exact: true }).click();
  await page.keyboard.type("alle zehn Minuten");
  await expect(body(page)).toBeFocused();
  await expect(body(page).locator("strong")).toHaveText("alle zehn Minuten");
});

test("an editor writes and submits an article, the admin publishes it, readers see its formatting", async ({ page, browser }) => {
  // Two roles, three browsers and the reader page: more steps than the default 30 s allow on a cold server.
  test.slow();
  const title = `Neue Stadtbahnlinie ${unique()}`;
  await login(page, "EDITOR");
  const id = await createArticle(page, title, async (p) => {
    await p.getByRole("button", { name: "Überschrift 2", exact: true }).click();
    await p.keyboard.type("Was sich ändert");
    await p.keyboard.press("Enter");
    await p.keyboard.type("Die Bahn fährt ");
    const bold = p.getByRole("button", { name: "Fett", exact: true });
    await bold.click();
    await expect(bold).toHaveAttribute("aria-pressed", "true");
    await p.keyboard.type("alle zehn Minuten");
    await bold.click();
    await expect(bold).toHaveAttribute("aria-pressed", "false");
    await p.keyboard.type(". Mehr beim Fahrplan");
    for (let i = 0; i < "Fahrplan".length; i++) await p.keyboard.press("Shift+ArrowLeft");
    p.once("dialog", (dialog) => dialog.accept("https://www.vvs.de/fahrplan"));
    await p.getByRole("button", { name: "Link", exact: true }).click();
  });
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  expect(slug).toMatch(/^neue-stadtbahnlinie-/);

  // A further edit, saved by hand.
  await page.getByLabel("Vorspann").fill("Ab Dezember fährt die U-Bahn öfter.");
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Gespeichert.", { exact: true })).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveText(/^Gespeichert um \d\d:\d\d$/);

  // The editor may not publish an unreviewed draft: only "submit" and "archive" are offered.
  await expect(page.getByRole("button", { name: "Veröffentlichen/Planen" })).toHaveCount(0);
  await page.getByLabel("Prüfende Person").selectOption({ label: USERS.ADMIN.name });
  await page.getByRole("button", { name: "Zur Prüfung" }).click();
  await expect(page.getByText("Zur Prüfung eingereicht.")).toBeVisible();
  await expect(page.getByTestId("article-status")).toHaveText("In Prüfung");

  const reader = await browser.newPage();
  expect((await reader.goto(`/artikel/${slug}`))?.status()).toBe(404);

  const admin = await signInElsewhere(browser, "ADMIN", `/admin/articles/${id}`);
  await expect(admin.getByTestId("workflow-facts")).toContainText(USERS.ADMIN.name);
  await publishNow(admin);

  await reader.goto(`/artikel/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.locator(".article-body h2")).toHaveText("Was sich ändert");
  await expect(reader.locator(".article-body strong")).toHaveText("alle zehn Minuten");
  await expect(reader.locator(".article-body a")).toHaveAttribute("href", "https://www.vvs.de/fahrplan");
  await expect(reader.locator(".article-body a")).toHaveText("Fahrplan");
  await reader.context().close();
  await admin.context().close();
});

test("hostile HTML pasted into the editor or forged into the form never runs and is not stored", async ({ page, browser }) => {
  const dialogs: string[] = [];
  const watch = (p: Page) =>
    p.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  watch(page);
  await login(page, "ADMIN");
  const title = `Bösartiger Text ${unique()}`;
  await createArticle(page, title, async (p) => {
    await body(p).evaluate((el) => {
      const data = new DataTransfer();
      data.setData("text/html", '<p>Vorher <img src=x onerror=alert(1)> <a href="javascript:alert(2)">Klick</a> nachher</p>');
      data.setData("text/plain", "Vorher Klick nachher");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect(body(p)).toContainText("Vorher");
  }, async (p) => {
    // Forged past the editor: straight into the submitted field.
    await p.locator('input[name="bodyHtml"]').evaluate((input: HTMLInputElement) => {
      input.value += '<img src=x onerror=alert(3)><a href="javascript:alert(4)">Falle</a><script>alert(5)</script>';
    });
  });
  await expect(page.locator("[onerror]")).toHaveCount(0);
  expect(await page.locator('input[name="bodyHtml"]').inputValue()).not.toMatch(/onerror|javascript:|<script/i);
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  await publishNow(page);

  const reader = await browser.newPage();
  watch(reader);
  await reader.goto(`/artikel/${slug}`);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.locator(".article-body")).toContainText("Vorher");
  await expect(reader.locator(".article-body")).toContainText("Falle");
  const html = await reader.locator(".article-body").innerHTML();
  expect(html).not.toMatch(/onerror|javascript:|<script|<img/i);
  await expect(reader.locator("[onerror]")).toHaveCount(0);
  await reader.waitForTimeout(300);
  expect(dialogs).toEqual([]);
  await reader.context().close();
});

test("two people save the same version: the second gets the conflict, and both texts survive as revisions", async ({ page, browser }) => {
  await login(page, "EDITOR");
  const id = await createArticle(page, `Gemeinderat ${unique()}`);
  const admin = await signInElsewhere(browser, "ADMIN", `/admin/articles/${id}`);
  await expect(admin.getByRole("heading", { level: 1, name: "Artikel bearbeiten" })).toBeVisible();

  const eriksTitle = `Eriks Fassung ${unique()}`;
  await page.getByLabel("Titel", { exact: true }).fill(eriksTitle);
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Gespeichert.", { exact: true })).toBeVisible();

  const annasTitle = `Annas Fassung ${unique()}`;
  await admin.getByLabel("Titel", { exact: true }).fill(annasTitle);
  await body(admin).click();
  await admin.keyboard.press("Control+End");
  await admin.keyboard.type(" Annas Ergänzung.");
  await admin.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(admin.getByText(`${USERS.EDITOR.name} hat den Artikel inzwischen gespeichert.`, { exact: false })).toBeVisible();
  const panel = admin.getByTestId("conflict-panel");
  await expect(panel.getByTestId("conflict-theirs")).toContainText(eriksTitle);
  await expect(panel.locator("del").first()).toContainText("Eriks");
  await expect(panel.locator("ins").first()).toContainText("Annas");
  // Her own text is still in the editor.
  await expect(admin.getByLabel("Titel", { exact: true })).toHaveValue(annasTitle);
  await expect(body(admin)).toContainText("Annas Ergänzung.");

  await admin.getByRole("button", { name: "Meine Fassung auf die neue Version setzen" }).click();
  await admin.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(admin.getByText("Gespeichert.", { exact: true })).toBeVisible();

  await admin.goto(`/admin/articles/${id}/revisions`);
  const rows = admin.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: eriksTitle })).toHaveCount(1);
  await expect(rows.filter({ hasText: annasTitle })).toHaveCount(1);
  await admin.context().close();
});

test("a revision is restored from the revisions page and the editor shows it", async ({ page }) => {
  await login(page, "EDITOR");
  const first = `Erste Fassung ${unique()}`;
  const id = await createArticle(page, first);
  const second = `Zweite Fassung ${unique()}`;
  await page.getByLabel("Titel", { exact: true }).fill(second);
  await page.getByRole("button", { name: "Speichern", exact: true }).click();
  await expect(page.getByText("Gespeichert.", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Fassungen ansehen" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}/revisions$`));
  // The default comparison: the two newest revisions, as a word diff.
  const diff = page.getByTestId("revision-diff");
  await expect(diff.locator("del").first()).toContainText("Erste");
  await expect(diff.locator("ins").first()).toContainText("Zweite");

  await page.getByRole("button", { name: "Fassung 1 wiederherstellen" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}$`));
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(first);

  await page.goto(`/admin/articles/${id}/revisions?a=2&b=3`);
  await expect(page.getByRole("row", { name: /Wiederhergestellt aus Fassung 1/ })).toBeVisible();
  await expect(page.getByTestId("revision-diff").locator("ins").first()).toContainText("Erste");
});

test("a draft saves itself a few seconds after the last change", async ({ page }) => {
  await login(page, "EDITOR");
  const id = await createArticle(page, `Autosave ${unique()}`);
  const title = `Von selbst gespeichert ${unique()}`;
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await expect(page.getByTestId("save-status")).toHaveText("Nicht gespeichert");
  await expect(page.getByTestId("save-status")).toHaveText(/^Gespeichert um \d\d:\d\d$/, { timeout: 12_000 });
  await page.goto(`/admin/articles/${id}`);
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
});

test("a moderator cannot open the editor", async ({ page }) => {
  await login(page, "MODERATOR");
  for (const path of ["/admin/articles/new", "/admin/articles/1", "/admin/articles/1/revisions"]) {
    expect((await page.goto(path))?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Kein Zugriff" })).toBeVisible();
  }
});
