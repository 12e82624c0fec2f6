/**
 * Scheduling with the server's test clock (POST /api/test/clock, only with NEWSDESK_TEST_CLOCK=1): an
 * article planned one minute ahead is invisible to readers before, and visible after, without a real wait.
 * The reader pages are cached; this also proves the cache never shows the article early or hides it late.
 */
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { USERS, login } from "./helpers";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function moveClock(request: APIRequestContext, offsetMs: number): Promise<Date> {
  const response = await request.post("/api/test/clock", { data: { offsetMs } });
  expect(response.ok()).toBe(true);
  return new Date(((await response.json()) as { now: string }).now);
}

/** The value a newsroom member types into the datetime-local field: Berlin wall-clock time. */
function berlinLocal(date: Date) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Berlin", hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

async function writeAndSubmit(page: Page, title: string) {
  await page.goto("/admin/articles/new");
  await page.getByLabel("Titel", { exact: true }).fill(title);
  await page.getByLabel("Vorspann").fill(`Vorspann zu ${title}`);
  await page.getByRole("textbox", { name: "Text", exact: true }).click();
  await page.keyboard.type("Der Gemeinderat hat entschieden.");
  await page.getByLabel("Ressort").selectOption({ label: "Stuttgart" });
  await page.getByRole("button", { name: "Artikel anlegen" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/\d+$/);
  const slug = await page.getByLabel("Adresse (Slug)").inputValue();
  await page.getByLabel("Prüfende Person").selectOption({ label: USERS.ADMIN.name });
  await page.getByRole("button", { name: "Zur Prüfung" }).click();
  await expect(page.getByTestId("article-status")).toHaveText("In Prüfung");
  return { slug, path: new URL(page.url()).pathname };
}

test.afterEach(async ({ request }) => {
  await moveClock(request, 0);
});

test("a reviewer schedules an article one minute ahead: readers see it from then on, not before", async ({ page, browser, request }) => {
  test.slow();
  const title = `Gemeinderat beschließt Haushalt ${unique()}`;
  await login(page, "EDITOR");
  const { slug, path } = await writeAndSubmit(page, title);

  const serverNow = await moveClock(request, 0);
  const reviewer = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await login(reviewer, "ADMIN", path);
  await reviewer.goto(path);
  // Planning in the past is refused with a field error.
  await reviewer.getByLabel("Veröffentlichen am (leer = sofort)").fill(berlinLocal(new Date(serverNow.getTime() - 3_600_000)));
  await reviewer.getByRole("button", { name: "Veröffentlichen/Planen" }).click();
  await expect(reviewer.getByText("Der Zeitpunkt liegt in der Vergangenheit.")).toBeVisible();
  // One minute ahead (the field has minute precision: the next full minute plus one).
  const publishAt = new Date(Math.ceil(serverNow.getTime() / 60_000) * 60_000 + 60_000);
  await reviewer.getByLabel("Veröffentlichen am (leer = sofort)").fill(berlinLocal(publishAt));
  await reviewer.getByRole("button", { name: "Veröffentlichen/Planen" }).click();
  await expect(reviewer.getByTestId("article-status")).toHaveText("Geplant");

  const reader = await (await browser.newContext()).newPage();
  const before = async () => {
    expect((await reader.goto(`/artikel/${slug}`))?.status()).toBe(404);
    await reader.goto("/");
    await expect(reader.getByRole("link", { name: title, exact: true })).toHaveCount(0);
  };
  await before();
  // Asked again while cached: still invisible.
  await before();

  // Ten seconds before the time: still nothing.
  await moveClock(request, publishAt.getTime() - Date.now() - 10_000);
  await before();

  // The publish time has come.
  await moveClock(request, publishAt.getTime() - Date.now() + 1_000);
  expect((await reader.goto(`/artikel/${slug}`))?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: title, exact: true })).toBeVisible();
  await reader.goto("/ressort/stuttgart");
  await expect(reader.getByRole("link", { name: title, exact: true })).toBeVisible();
  const feed = await reader.request.get("/feed.xml");
  expect(await feed.text()).toContain(title);

  await reviewer.context().close();
  await reader.context().close();
});

test("the test clock is not part of the product: bad input is refused", async ({ request }) => {
  expect((await request.post("/api/test/clock", { data: { offsetMs: "morgen" } })).status()).toBe(400);
});
