/**
 * Each demo role sees exactly its part of the dashboard: its navigation entries, its section pages and
 * its numbers on the home page. Every other section answers 403 ("Kein Zugriff") without any of that
 * section's data in the response, because the check sits in the page on the server, not in the menu.
 */
import { expect, test, type Page } from "@playwright/test";
import { DASHBOARD_NAV, USERS, login, type DemoRole } from "./helpers";

type SectionKey = "articles" | "sections" | "comments" | "subscriptions" | "newsletter" | "ads" | "surfTips" | "staff" | "audit";

/**
 * Each section: its page, its navigation label (which is also its page heading), seeded `data` that only
 * it shows (must be neither on the 403 page nor anywhere in its HTML) and `labels` of its own UI (must
 * not be on the 403 page; they are in the HTML anyway, as part of the client's message catalogue).
 */
const SECTIONS: Record<SectionKey, { path: string; label: string; data: string[]; labels: string[] }> = {
  articles: {
    path: "/admin/articles",
    label: "Artikel",
    data: ["Sechs Jahre erfolgreiche Arbeit für Integration", "Die Impfschnecke in BW"],
    labels: ["Wartet auf meine Prüfung", "Papierkorb"],
  },
  sections: { path: "/admin/sections", label: "Ressorts", data: [], labels: ["Neues Ressort", "Ressort anlegen"] },
  comments: {
    path: "/admin/comments",
    label: "Kommentare",
    data: ["Woher stammen die Zahlen?", "Leser aus Vaihingen", "vaihingen@example.org"],
    labels: ["Neueste wartende Kommentare", "Freigegeben"],
  },
  subscriptions: { path: "/admin/subscriptions", label: "Abonnements", data: [], labels: ["Newsletter-Abonnenten", "Postausgang"] },
  newsletter: { path: "/admin/newsletter", label: "Newsletter", data: [], labels: ["Neue Ausgabe"] },
  ads: {
    path: "/admin/ads",
    label: "Werbung",
    data: ["Tageszeitungen zum Probe lesen", "Abo Stuttgarter Nachrichten", "Seitenleiste oben"],
    labels: ["gleichzeitig"],
  },
  surfTips: { path: "/admin/surf-tips", label: "Surftipps", data: ["Verbrecherjagt", "polizei-bw.de"], labels: ["Geplante Wochen"] },
  staff: { path: "/admin/staff", label: "Mitarbeiter", data: Object.values(USERS).map((u) => u.email), labels: [] },
  audit: { path: "/admin/audit", label: "Protokoll", data: ["Demo-Redaktion angelegt", "system.seed"], labels: [] },
};

/** The numbers of the dashboard home, by the section whose permission they need. */
const HOME_NUMBERS: Record<"articles" | "comments" | "subscriptions" | "ads", string[]> = {
  articles: ["Geplante Artikel", "Artikel in Prüfung", "Heute veröffentlicht"],
  comments: ["Kommentare in der Warteschlange", "Gemeldete Kommentare", "Kommentare heute", "Kommentare pro Tag (30 Tage)"],
  subscriptions: ["Bestätigte Abonnements", "Unbestätigte Abonnements"],
  ads: ["Laufende Buchungen", "Offene Buchungsanfragen"],
};

const ALL: SectionKey[] = ["articles", "sections", "comments", "subscriptions", "newsletter", "ads", "surfTips", "staff", "audit"];

const ALLOWED: Record<DemoRole, SectionKey[]> = {
  ADMIN: ALL,
  EDITOR: ["articles", "sections", "newsletter"],
  MODERATOR: ["comments", "subscriptions"],
  AD_MANAGER: ["ads", "surfTips"],
};

const ROLES = Object.keys(ALLOWED) as DemoRole[];

function dashboardNav(page: Page) {
  return page.getByRole("navigation", { name: DASHBOARD_NAV });
}

for (const role of ROLES) {
  const allowed = ALLOWED[role];
  const forbidden = ALL.filter((s) => !allowed.includes(s));

  test.describe(`${role}`, () => {
    test("sees exactly its navigation entries and only its numbers on the home page", async ({ page }) => {
      await login(page, role);
      const response = await page.goto("/admin");
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: `Guten Tag, ${USERS[role].name}` })).toBeVisible();

      const nav = dashboardNav(page);
      await expect(nav.getByRole("link")).toHaveText(["Übersicht", ...allowed.map((s) => SECTIONS[s].label)]);
      for (const s of allowed) await expect(nav.getByRole("link", { name: SECTIONS[s].label, exact: true })).toHaveAttribute("href", SECTIONS[s].path);

      const main = page.getByRole("main");
      for (const [section, labels] of Object.entries(HOME_NUMBERS) as [keyof typeof HOME_NUMBERS, string[]][]) {
        for (const label of labels) {
          const number = main.getByText(label, { exact: true });
          if (allowed.includes(section)) await expect(number.first(), label).toBeVisible();
          else await expect(number, label).toHaveCount(0);
        }
      }
    });

    for (const s of allowed) {
      const { path, label } = SECTIONS[s];
      test(`opens ${path}`, async ({ page }) => {
        await login(page, role);
        const response = await page.goto(path);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole("heading", { level: 1, name: label, exact: true })).toBeVisible();
        await expect(dashboardNav(page).getByRole("link", { name: label, exact: true })).toHaveAttribute("aria-current", "page");
      });
    }

    for (const s of forbidden) {
      const { path, label, data, labels } = SECTIONS[s];
      test(`is refused ${path} with 403 and none of its data`, async ({ page }) => {
        await login(page, role);
        const response = await page.goto(path);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole("heading", { level: 1, name: "Kein Zugriff" })).toBeVisible();
        await expect(page.getByRole("heading", { level: 1, name: label, exact: true })).toHaveCount(0);
        // The data is neither on the page nor anywhere in the HTML (the RSC payload included).
        const html = await response!.text();
        for (const text of data) {
          expect(html, `${path} leaks "${text}"`).not.toContain(text);
          await expect(page.locator("body")).not.toContainText(text);
        }
        for (const text of labels) await expect(page.locator("body")).not.toContainText(text);
      });
    }
  });
}

// The two examples of the brief, spelled out with what a person would look for on the page.
test("the editor on the comments queue gets 403 and never sees a pending comment", async ({ page }) => {
  await login(page, "EDITOR");
  const response = await page.goto("/admin/comments");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("Kein Zugriff")).toBeVisible();
  await expect(page.getByText("Woher stammen die Zahlen?")).toHaveCount(0);
});

test("the moderator on the ads page gets 403 and never sees a booked ad", async ({ page }) => {
  await login(page, "MODERATOR");
  const response = await page.goto("/admin/ads");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("Kein Zugriff")).toBeVisible();
  await expect(page.getByText("Tageszeitungen zum Probe lesen")).toHaveCount(0);
});
