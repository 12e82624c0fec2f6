import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as bookingCsv } from "@/app/(admin)/admin/ads/bookings/[id]/stats.csv/route";
import { GET as slotCsv } from "@/app/(admin)/admin/ads/slots/[id]/stats.csv/route";
import { createBooking } from "@/features/ads/actions";
import { saveAdvertiser } from "@/features/ads/advertiser-actions";
import { getAdvertiser, listAdvertisers } from "@/features/ads/advertisers";
import { addDaysToDay, dayOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { signInAs, signOut } from "@/test/session";

const today = () => dayOf(new Date());
const tag = () => randomBytes(4).toString("hex");

async function slot() {
  return db.adSlot.create({ data: { key: `adv-${tag()}`, name: "Rechts oben", width: 300, height: 250, pricePerDayCents: 500, capacity: 2 } });
}

async function book(slotId: number, company: string, email: string, startOffset: number, days: number) {
  const start = addDaysToDay(today(), startOffset);
  const r = await createBooking({ slotId, startDay: start, endDay: addDaysToDay(start, days - 1), headline: "Probe lesen", text: "Gratis zur Probe.", targetUrl: "https://example.org/abo", company, email });
  expect(r).toMatchObject({ ok: true });
  return r.data!.id;
}

beforeEach(async () => {
  await signInAs(["AD_MANAGER"]);
});

describe("advertisers", () => {
  it("lists advertisers found by a name or e-mail fragment in any case, with bookings, what runs today and booked revenue", async () => {
    const s = await slot();
    const t = tag();
    await book(s.id, `Autohaus ${t}`, `verkauf-${t}@autohaus.example`, 0, 3); // 3 days x 5 €, running
    await book(s.id, `Autohaus ${t}`, `verkauf-${t}@autohaus.example`, 10, 2); // coming
    await book(s.id, `Bäckerei ${t}`, `info-${t}@baeckerei.example`, 0, 1);
    const byMail = await listAdvertisers({ q: `VERKAUF-${t}` }, today());
    expect(byMail.advertisers).toHaveLength(1);
    expect(byMail.advertisers[0]).toMatchObject({ name: `Autohaus ${t}`, bookings: 2, running: 1, requested: 0, revenueCents: 2500 });
    expect((await listAdvertisers({ q: t }, today())).advertisers.map((a) => a.name)).toEqual([`Bäckerei ${t}`, `Autohaus ${t}`]);
    const one = await getAdvertiser(byMail.advertisers[0].id);
    expect(one?.bookings.map((b) => b.startDay)).toEqual([addDaysToDay(today(), 10), today()]);
  });

  it("pages with a cursor: the second page continues where the first ended", async () => {
    const s = await slot();
    const t = tag();
    for (let i = 0; i < 3; i++) await book(s.id, `Firma ${t} ${i}`, `f${i}-${t}@example.org`, 20 + i, 1);
    const all = (await listAdvertisers({ q: t }, today())).advertisers.map((a) => a.id);
    const second = await listAdvertisers({ q: t, after: all[0] }, today());
    expect(second.advertisers.map((a) => a.id)).toEqual(all.slice(1));
  });

  it("saves corrected contact data with an audit row; a bad e-mail is refused under its field and nothing changes", async () => {
    const s = await slot();
    const t = tag();
    await book(s.id, `Kanzlei ${t}`, `kanzlei-${t}@example.org`, 30, 1);
    const [a] = (await listAdvertisers({ q: `kanzlei-${t}` }, today())).advertisers;
    const refused = await saveAdvertiser({ id: a.id, company: `Kanzlei ${t}`, email: "kein-mail", contactName: "", phone: "" });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? null : refused.fieldErrors?.email).toBeTruthy();
    expect((await getAdvertiser(a.id))?.email).toBe(`kanzlei-${t}@example.org`);
    expect(await saveAdvertiser({ id: a.id, company: `Kanzlei ${t} & Partner`, email: ` Post-${t}@Example.org `, contactName: "Frau Weber", phone: "0711 123" })).toMatchObject({ ok: true });
    expect(await getAdvertiser(a.id)).toMatchObject({ name: `Kanzlei ${t} & Partner`, email: `post-${t}@example.org`, contactName: "Frau Weber", phone: "0711 123" });
    expect(await db.auditLog.count({ where: { action: "advertiser.update", targetId: String(a.id) } })).toBe(1);
    expect(await saveAdvertiser({ id: 2_000_000_000, company: "X", email: "x@example.org", contactName: "", phone: "" })).toMatchObject({ ok: false });
  });

  it("is for ad managers and admins only", async () => {
    const s = await slot();
    const t = tag();
    await book(s.id, `Verein ${t}`, `verein-${t}@example.org`, 40, 1);
    const [a] = (await listAdvertisers({ q: t }, today())).advertisers;
    for (const roles of [["EDITOR"], ["MODERATOR"]] as const) {
      await signInAs([...roles]);
      await expect(listAdvertisers({ q: t }, today())).rejects.toThrow();
      expect(await saveAdvertiser({ id: a.id, company: "Übernommen", email: "evil@example.org", contactName: "", phone: "" })).toMatchObject({ ok: false });
    }
    await signInAs(["ADMIN"]);
    expect((await getAdvertiser(a.id))?.name).toBe(`Verein ${t}`);
  });
});

describe("slot statistics CSV", () => {
  const get = (id: string) => slotCsv(new Request(`http://localhost/admin/ads/slots/${id}/stats.csv`), { params: Promise.resolve({ id }) });

  it("gives an ad manager the slot's days with impressions, clicks and CTR, and refuses others", async () => {
    const s = await slot();
    const id = await book(s.id, `Kino ${tag()}`, `kino-${tag()}@example.org`, 0, 1);
    await db.adStatDaily.create({ data: { bookingId: id, day: today(), impressions: 200, clicks: 5 } });
    const response = await get(String(s.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`werbeplatz-${s.key}-statistik.csv`);
    const lines = (await response.text()).replace(/^\uFEFF/, "").trim().split(/\r\n/);
    expect(lines).toHaveLength(31); // header + 30 days, no blank lines between
    expect(lines[0]).toBe("Tag,Einblendungen,Klicks,Klickrate");
    expect(lines.at(-1)).toBe(`${today()},200,5,0.0250`);
    expect((await get("0")).status).toBe(404);
    expect((await get("2000000000")).status).toBe(404);
    await signInAs(["EDITOR"]);
    expect((await get(String(s.id))).status).toBe(403);
    signOut();
    expect((await get(String(s.id))).status).toBe(401);
  });

  it("gives a booking's own days the same way", async () => {
    const s = await slot();
    const id = await book(s.id, `Zoo ${tag()}`, `zoo-${tag()}@example.org`, 0, 2);
    await db.adStatDaily.create({ data: { bookingId: id, day: today(), impressions: 40, clicks: 2 } });
    const response = await bookingCsv(new Request(`http://localhost/admin/ads/bookings/${id}/stats.csv`), { params: Promise.resolve({ id: String(id) }) });
    expect(response.headers.get("content-disposition")).toContain(`buchung-${id}-statistik.csv`);
    expect((await response.text()).replace(/^\uFEFF/, "")).toBe(`Tag,Einblendungen,Klicks,Klickrate\r\n${today()},40,2,0.0500\r\n`);
  });
});
