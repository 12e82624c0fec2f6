/**
 * "Surftip der Woche" end to end: an ad manager plans next week's tips in the planner (a refused
 * javascript: address, adding, reordering, the sidebar preview), readers do not see them this week;
 * with the server clock moved into that week the reader sidebar shows them, and a click goes through
 * /surftipp/<id>: counted, and redirected to the tip's own address.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { login, unique } from "./helpers";

const WEEK = 7 * 86_400_000;

async function moveClock(request: APIRequestContext, offsetMs: number): Promise<Date> {
  const response = await request.post("/api/test/clock", { data: { offsetMs } });
  expect(response.ok()).toBe(true);
  return new Date(((await response.json()) as { now: string }).now);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => ({ rule: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }))).toEqual([]);
}

const sidebarTips = (page: Page) => page.getByRole("complementary", { name: "Seitenleiste" }).getByTestId("surf-tips");

test.afterEach(async ({ request }) => {
  await moveClock(request, 0);
});

test("an ad manager plans next week's surf tips; readers see them in that week, and a click is counted and redirected", async ({ page, browser, request }) => {
  test.slow();
  await moveClock(request, 0);
  const u = unique();
  const [first, second] = [`Radtour ${u}`, `Stadtbahn ${u}`];
  const target = `https://example.org/radtour-${u}`;

  await login(page, "AD_MANAGER", "/admin/surf-tips");
  await page.goto("/admin/surf-tips");
  await expect(page.getByRole("heading", { level: 2, name: "Geplante Wochen" })).toBeVisible();
  const currentWeek = (await page.getByRole("heading", { level: 2, name: /^Woche \d{4}-W\d{2}$/ }).textContent())!.replace("Woche ", "");
  await page.getByRole("navigation", { name: "Woche wechseln" }).getByRole("link", { name: /Nächste Woche/ }).click();
  await expect(page).toHaveURL(/\?woche=\d{4}-W\d{2}$/);
  const nextWeek = new URL(page.url()).searchParams.get("woche")!;
  expect(nextWeek).not.toBe(currentWeek);
  await expect(page.getByRole("heading", { level: 2, name: `Woche ${nextWeek}` })).toBeVisible();

  // A javascript: address is refused with a field error, and the typed label stays.
  const add = page.getByTestId("add-surf-tip");
  await add.getByLabel("Bezeichnung").fill(first);
  await add.getByLabel("Adresse (URL)").fill("javascript:alert(document.cookie)");
  await add.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(add.getByText("Bitte eine vollständige Webadresse mit http:// oder https:// angeben")).toBeVisible();
  await expect(add.getByLabel("Bezeichnung")).toHaveValue(first);

  await add.getByLabel("Adresse (URL)").fill(target);
  await add.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(add.getByText(`„${first}“ zur Woche ${nextWeek} hinzugefügt.`)).toBeVisible();
  await add.getByLabel("Bezeichnung").fill(second);
  await add.getByLabel("Adresse (URL)").fill(`https://example.org/stadtbahn-${u}`);
  await add.getByRole("button", { name: "Hinzufügen" }).click();
  await expect(add.getByText(`„${second}“ zur Woche ${nextWeek} hinzugefügt.`)).toBeVisible();

  // The new tips come last; the second one moves up one place, before the first.
  const rows = page.getByTestId("surf-tip-row");
  await expect(rows.last()).toContainText(second);
  await page.getByRole("button", { name: `${second} nach oben` }).click();
  await expect(rows.last()).toContainText(first);
  await expect(rows.nth((await rows.count()) - 2)).toContainText(second);

  // The preview is the reader's box for that week.
  const preview = page.getByTestId("surf-tip-preview").getByTestId("surf-tips");
  await expect(preview.getByRole("link").last()).toHaveText(first);
  await expect(preview.getByRole("link").nth(-2)).toHaveText(second);
  await expect(page.getByTestId("planned-week").filter({ hasText: nextWeek })).toContainText(/\d+ Links/);
  await expectNoAxeViolations(page);

  // Readers: not this week.
  const reader = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await reader.goto("/");
  await expect(sidebarTips(reader).getByRole("link").first()).toBeVisible();
  await expect(sidebarTips(reader)).not.toContainText(u);

  // Next week has come (the clock route revalidates the cached reader pages).
  await moveClock(request, WEEK);
  await expect(async () => {
    await reader.goto("/");
    await expect(sidebarTips(reader).getByRole("link", { name: first })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000, intervals: [0, 1_000] });
  const links = sidebarTips(reader).getByRole("link");
  await expect(links.nth(-2)).toHaveText(second);
  await expect(links.last()).toHaveText(first);
  const link = sidebarTips(reader).getByRole("link", { name: first });
  await expect(link).toHaveAttribute("rel", "nofollow noopener");
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^\/surftipp\/\d+$/);

  // The click goes through our redirect to the stored address (served here by a stand-in: no internet).
  await reader.context().route("https://example.org/**", (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<title>Radtour</title><h1>Radtour</h1>" }));
  await link.click();
  await expect(reader).toHaveURL(target);
  // Nobody can make it redirect elsewhere.
  const forged = await reader.request.get(`${href}?url=https://evil.example/`, { maxRedirects: 0 });
  expect(forged.status()).toBe(302);
  expect(forged.headers()["location"]).toBe(target);
  expect((await reader.request.get("/surftipp/%2F%2Fevil.example", { maxRedirects: 0 })).status()).toBe(404);

  // The planner counts both: the click and the forged attempt went to the stored address.
  await page.goto("/admin/surf-tips");
  await expect(page.getByRole("heading", { level: 2, name: `Woche ${nextWeek}` })).toBeVisible();
  await expect(page.getByText("Diese Woche sehen Leser gerade.")).toBeVisible();
  await expect(rows.filter({ hasText: first }).getByTestId("surf-tip-clicks")).toHaveText("2 Klicks");
  await expect(rows.filter({ hasText: second }).getByTestId("surf-tip-clicks")).toHaveText("keine");
  await reader.context().close();
});
