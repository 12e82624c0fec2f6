/**
 * The reader site as the seed leaves it: the article list, an article with its approved comments (and
 * never a pending one), the sidebar with ads and "Surftip der Woche", and 404s for unknown slugs.
 */
import { expect, test, type Page } from "@playwright/test";

const IMPFSCHNECKE = {
  slug: "die-impfschnecke-in-bw",
  title: "Die Impfschnecke in BW",
  teaser: "Wir haben 1777 Pflegeheime mit 96181 Bewohner. Von diesen Bewohner sind bis gestern 5642 geimpft. Bisher sind 7 Tage vergangen.",
  body: "Geht man von 50 Bewohner im Schnitt aus, haben die 16 Pflegeheime geschafft.",
};
const CLIP = { slug: "sechs-jahre-erfolgreiche-arbeit-fuer-integration", title: "Sechs Jahre erfolgreiche Arbeit für Integration" };

async function expectSidebar(page: Page) {
  const sidebar = page.getByRole("complementary", { name: "Seitenleiste" });
  await expect(sidebar.getByRole("heading", { name: "Werbung" })).toBeVisible();
  await expect(sidebar.getByTestId("sidebar-ad").filter({ hasText: "Tageszeitungen zum Probe lesen" })).toBeVisible();
  await expect(sidebar.getByTestId("house-ad")).toContainText("Werben Sie ab 5 Euro");
  await expect(sidebar.getByRole("link", { name: "Werden Sie unser Werbepartner!" })).toBeVisible();
  await expect(sidebar.getByRole("heading", { name: "Surftip der Woche:" })).toBeVisible();
  const tips = sidebar.getByTestId("surf-tips");
  await expect(tips.getByRole("link")).toHaveText(["Verbrecherjagt", "Telefonspam", "Wohnmobilreisen"]);
  await expect(tips).toHaveText("Verbrecherjagt|Telefonspam|Wohnmobilreisen");
}

test("the home page lists both seeded articles with an 'Artikel lesen' link each", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  for (const article of [CLIP, IMPFSCHNECKE]) {
    await expect(page.getByRole("heading", { level: 3, name: article.title })).toBeVisible();
    const read = page.getByRole("link", { name: `Artikel lesen: ${article.title}` });
    await expect(read).toHaveText("Artikel lesen");
    await expect(read).toHaveAttribute("href", `/artikel/${article.slug}`);
  }
  // Other specs publish articles too: every teaser on the page, not just the seeded ones, has its link.
  const teasers = await page.getByRole("main").getByRole("heading", { level: 3 }).count();
  expect(teasers).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole("link", { name: /^Artikel lesen/ })).toHaveCount(teasers);
  await expectSidebar(page);
});

test("'Artikel lesen' opens the article", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: `Artikel lesen: ${IMPFSCHNECKE.title}` }).click();
  await expect(page).toHaveURL((url) => url.pathname === `/artikel/${IMPFSCHNECKE.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: IMPFSCHNECKE.title })).toBeVisible();
});

test("the article page shows title, teaser, body and only the approved comments", async ({ page }) => {
  const response = await page.goto(`/artikel/${IMPFSCHNECKE.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/Die Impfschnecke in BW/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 1, name: IMPFSCHNECKE.title })).toBeVisible();
  await expect(main.getByText(IMPFSCHNECKE.teaser, { exact: true })).toBeVisible();
  await expect(main.getByText(IMPFSCHNECKE.body)).toBeVisible();

  const comments = main.getByRole("region", { name: "Kommentare (2)" });
  await expect(comments.getByRole("listitem")).toHaveCount(2);
  await expect(comments.getByText("In unserem Heim in Degerloch wurde letzte Woche geimpft. Es geht also voran.")).toBeVisible();
  await expect(comments.getByText("Karin M.")).toBeVisible();
  await expect(comments.getByText("Bei 806 am Tag dauert das noch Monate. Da muss mehr passieren.")).toBeVisible();

  // The pending comment is neither shown nor anywhere in the HTML.
  await expect(page.getByText("Woher stammen die Zahlen?")).toHaveCount(0);
  expect(await response!.text()).not.toContain("Woher stammen die Zahlen?");
  await expectSidebar(page);
});

test("an unknown article answers 404 with 'Seite nicht gefunden'", async ({ page }) => {
  const response = await page.goto("/artikel/gibt-es-nicht");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
});

for (const slug of ["%3Cscript%3E", "Die-Impfschnecke-in-BW", "..%2F..%2Fadmin", "die-impfschnecke-in-bw%27%20OR%201%3D1--"]) {
  test(`a slug with odd characters (${slug}) answers 404`, async ({ page }) => {
    const response = await page.goto(`/artikel/${slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Seite nicht gefunden" })).toBeVisible();
  });
}
