import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as click } from "@/app/anzeige/[id]/route";
import { POST as beacon } from "@/app/api/ads/impressions/route";
import { createBooking } from "@/features/ads/actions";
import { flushImpressions, forgetRunningBookings } from "@/features/ads/stats";
import { addDaysToDay, dayOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { signInAs } from "@/test/session";

const today = () => dayOf(new Date());

async function booking(startOffset: number, targetUrl = "https://www.stuttgarter-nachrichten.de/abo?quelle=seitenleiste") {
  const slot = await db.adSlot.create({ data: { key: `s-${randomBytes(4).toString("hex")}`, name: "Test", width: 300, height: 250, pricePerDayCents: 500, capacity: 1 } });
  const start = addDaysToDay(today(), startOffset);
  const r = await createBooking({ slotId: slot.id, startDay: start, endDay: addDaysToDay(start, 3), headline: "Probe lesen", text: "Gratis zur Probe.", targetUrl, company: "Abo", email: "abo@example.org" });
  expect(r).toMatchObject({ ok: true });
  return r.data!.id;
}

const post = (body: string) => beacon(new Request("http://localhost/api/ads/impressions", { method: "POST", body, headers: { "content-type": "text/plain" } }));
const get = (id: string) => click(new Request(`http://localhost/anzeige/${id}`), { params: Promise.resolve({ id }) });
const stat = (bookingId: number) => db.adStatDaily.findUnique({ where: { bookingId_day: { bookingId, day: today() } } });

beforeEach(async () => {
  await signInAs(["AD_MANAGER"]);
  forgetRunningBookings();
  await flushImpressions();
});

describe("ad impressions and clicks", () => {
  it("buffers impressions of running bookings only and writes them in one flush", async () => {
    const running = await booking(0);
    const future = await booking(5);
    for (let i = 0; i < 3; i++) expect((await post(JSON.stringify({ ids: [running, future] }))).status).toBe(204);
    expect(await stat(running)).toBeNull(); // nothing written per view
    expect(await flushImpressions()).toBe(3);
    expect(await stat(running)).toMatchObject({ impressions: 3, clicks: 0 });
    expect(await db.adStatDaily.count({ where: { bookingId: future } })).toBe(0);
    await post(JSON.stringify({ ids: [running] }));
    await flushImpressions();
    expect((await stat(running))?.impressions).toBe(4);
  });

  it("refuses malformed beacons", async () => {
    expect((await post("kein json")).status).toBe(400);
    expect((await post(JSON.stringify({ ids: ["1"] }))).status).toBe(400);
    expect((await post(JSON.stringify({ ids: Array.from({ length: 11 }, (_, i) => i + 1) }))).status).toBe(400);
    expect((await post("x".repeat(2000))).status).toBe(413);
  });

  it("counts a click and redirects only to the booking's own target", async () => {
    const id = await booking(0);
    const response = await get(`${id}`);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("https://www.stuttgarter-nachrichten.de/abo?quelle=seitenleiste");
    expect((await stat(id))?.clicks).toBe(1);
    for (const bad of ["0", "abc", "1%2F%2Fevil.example", "99999999", "2147483648", "9999999999", `${id}?next=https://evil.example`]) expect((await get(bad)).status).toBe(404);
    // A stored target that is not http(s) (from before validation, say) is never followed.
    await db.booking.update({ where: { id }, data: { targetUrl: "javascript:alert(1)" } });
    expect((await get(`${id}`)).status).toBe(404);
  });
});
