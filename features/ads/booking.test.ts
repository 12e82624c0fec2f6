import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { requestHeaders } from "@/features/comments/test-fixtures.test-helper";
import { approveBooking, cancelBooking, createBooking, rejectBooking } from "@/features/ads/actions";
import { slotCalendars } from "@/features/ads/queries";
import { requestBooking } from "@/features/ads/request-actions";
import { addDaysToDay, dayOf } from "@/lib/dates";
import { db } from "@/lib/db";
import { signInAs } from "@/test/session";

const today = () => dayOf(new Date());
const inDays = (n: number) => addDaysToDay(today(), n);

async function slot(capacity = 1, pricePerDayCents = 500) {
  return db.adSlot.create({ data: { key: `slot-${randomBytes(4).toString("hex")}`, name: "Seitenleiste Test", width: 300, height: 250, pricePerDayCents, capacity } });
}

const creative = { headline: "Tageszeitungen zum Probe lesen", text: "Lesen Sie Ihre Tageszeitung völlig gratis zur Probe.", targetUrl: "https://www.stuttgarter-nachrichten.de/", company: "Abo Stuttgarter Nachrichten", contactName: "Vertrieb", email: "abo@example.org", phone: "" };

function requestForm(fields: Record<string, string>) {
  requestHeaders.ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`; // a new client: the hourly limit is tested elsewhere
  const f = new FormData();
  for (const [k, v] of Object.entries({ ...creative, website: "", idempotencyKey: randomBytes(8).toString("hex"), ...fields })) f.set(k, v);
  return f;
}

const redirectOf = async (run: Promise<unknown>) => {
  const outcome = await run.then(
    (value) => ({ value }),
    (e: unknown) => ({ redirect: (e as { digest?: string }).digest?.split(";")[2] ?? String(e) }),
  );
  return outcome;
};

beforeEach(() => signInAs(["AD_MANAGER"]));

describe("public booking requests", () => {
  it("creates a REQUESTED booking priced on the server (a posted price is ignored) and mails the advertiser", async () => {
    const s = await slot(1, 500);
    const form = requestForm({ slotId: String(s.id), startDay: inDays(3), endDay: inDays(9), priceCents: "1" });
    expect(await redirectOf(requestBooking(null, form))).toEqual({ redirect: "/werben/danke" });
    const booking = await db.booking.findFirstOrThrow({ where: { slotId: s.id } });
    expect(booking).toMatchObject({ status: "REQUESTED", priceCents: 7 * 500, startDay: inDays(3), endDay: inDays(9) });
    expect(await db.adSlotSeat.count({ where: { slotId: s.id } })).toBe(0); // a request holds no seats
    const mail = await db.outboxMail.findFirstOrThrow({ where: { dedupeKey: `booking:${booking.id}:received` } });
    expect(mail.text).toMatch(/Preis: 35,00\s€/);
    // The same form posted again (a retry) creates nothing new.
    expect(await redirectOf(requestBooking(null, form))).toEqual({ redirect: "/werben/danke" });
    expect(await db.booking.count({ where: { slotId: s.id } })).toBe(1);
  });

  it("refuses bad input with field errors and stores nothing", async () => {
    const s = await slot();
    const cases: [Record<string, string>, string][] = [
      [{ startDay: inDays(5), endDay: inDays(2) }, "endDay"],
      [{ startDay: inDays(1), endDay: inDays(2), targetUrl: "javascript:alert(1)" }, "targetUrl"],
      [{ startDay: inDays(1), endDay: inDays(2), targetUrl: "//evil.example/" }, "targetUrl"],
      [{ startDay: inDays(1), endDay: inDays(2), imageUrl: "data:image/png;base64,AAAA" }, "imageUrl"],
      [{ startDay: "2026-02-30", endDay: inDays(2) }, "startDay"],
      [{ startDay: inDays(-2), endDay: inDays(2) }, "startDay"],
      [{ startDay: inDays(1), endDay: inDays(2), email: "kein-at" }, "email"],
      [{ startDay: inDays(1), endDay: inDays(400) }, "endDay"],
    ];
    for (const [fields, field] of cases) {
      const { value } = (await redirectOf(requestBooking(null, requestForm({ slotId: String(s.id), ...fields })))) as { value: { ok: boolean; fieldErrors: Record<string, string[]> } };
      expect(value.ok, JSON.stringify(fields)).toBe(false);
      expect(Object.keys(value.fieldErrors), JSON.stringify(fields)).toContain(field);
    }
    const unknown = (await redirectOf(requestBooking(null, requestForm({ slotId: "2000000000", startDay: inDays(1), endDay: inDays(2) })))) as { value: { ok: boolean } };
    expect(unknown.value.ok).toBe(false);
    expect(await db.booking.count({ where: { slotId: s.id } })).toBe(0);
  });
});

describe("booking decisions and capacity", () => {
  it("approving claims the days; a conflicting booking is refused naming the full day; cancelling frees them", async () => {
    const s = await slot(1);
    for (const [start, end] of [
      [3, 6],
      [6, 8],
    ]) {
      await redirectOf(requestBooking(null, requestForm({ slotId: String(s.id), startDay: inDays(start), endDay: inDays(end) })));
    }
    const [first, second] = await db.booking.findMany({ where: { slotId: s.id }, orderBy: { id: "asc" } });
    expect(await approveBooking(first.id)).toMatchObject({ ok: true });
    expect(await db.adSlotSeat.count({ where: { bookingId: first.id } })).toBe(4);
    const refused = await approveBooking(second.id);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { startDay: [expect.stringContaining(inDays(6).split("-").reverse().join("."))] } });
    expect((await db.booking.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("REQUESTED");
    expect(await approveBooking(first.id)).toMatchObject({ ok: false }); // decided already
    expect(await db.outboxMail.count({ where: { dedupeKey: `booking:${first.id}:approved` } })).toBe(1);

    const week = (await slotCalendars(today())).find((c) => c.id === s.id)!;
    expect(week.weeks.some((w) => w.state === "partly" || w.state === "full")).toBe(true);

    expect(await cancelBooking(first.id)).toMatchObject({ ok: true });
    expect(await db.adSlotSeat.count({ where: { bookingId: first.id } })).toBe(0);
    expect(await approveBooking(second.id)).toMatchObject({ ok: true });
    const note = new FormData();
    note.set("note", "zu spät");
    expect(await rejectBooking(second.id, null, note)).toMatchObject({ ok: false }); // booked: no longer a request
  });

  it("concurrent attempts on the last free place produce exactly one booking", async () => {
    const s = await slot(2);
    const day = inDays(10);
    expect(await createBooking({ ...creative, slotId: s.id, startDay: day, endDay: day })).toMatchObject({ ok: true });
    const attempts = await Promise.all(Array.from({ length: 6 }, (_, i) => createBooking({ ...creative, headline: `Versuch ${i}`, slotId: s.id, startDay: addDaysToDay(day, -1), endDay: day })));
    expect(attempts.filter((a) => a.ok)).toHaveLength(1);
    expect(attempts.filter((a) => !a.ok).every((a) => /ausgebucht/.test(a.message ?? ""))).toBe(true);
    expect(await db.adSlotSeat.count({ where: { slotId: s.id, day } })).toBe(2);
    expect(await db.booking.count({ where: { slotId: s.id } })).toBe(2); // refused attempts left nothing behind
  });

  it("refuses everything to a moderator", async () => {
    const s = await slot();
    await signInAs(["MODERATOR"]);
    expect(await createBooking({ ...creative, slotId: s.id, startDay: inDays(1), endDay: inDays(1) })).toMatchObject({ ok: false });
    expect(await db.booking.count({ where: { slotId: s.id } })).toBe(0);
  });
});

describe("ad slots", () => {
  it("are created and edited with the price in euros; the capacity cannot drop below a coming day's bookings", async () => {
    const { saveSlot } = await import("@/features/ads/slot-actions");
    const created = await saveSlot({ name: "Seitenleiste Mitte", width: "300", height: "600", price: "7,50", capacity: "2", active: "on" });
    expect(created).toMatchObject({ ok: true });
    const id = created.data!.id;
    expect(await db.adSlot.findUniqueOrThrow({ where: { id } })).toMatchObject({ key: "seitenleiste-mitte", pricePerDayCents: 750, capacity: 2, active: true });
    expect(await saveSlot({ id: String(id), name: "X", width: "300", height: "600", price: "sieben", capacity: "2" })).toMatchObject({ ok: false, fieldErrors: { price: ["price"] } });
    const day = inDays(3);
    for (const headline of ["Eins", "Zwei"]) expect(await createBooking({ ...creative, headline, slotId: id, startDay: day, endDay: day })).toMatchObject({ ok: true });
    const shrink = await saveSlot({ id: String(id), name: "Seitenleiste Mitte", width: "300", height: "600", price: "7,50", capacity: "1", active: "on" });
    expect(shrink).toMatchObject({ ok: false, fieldErrors: { capacity: [expect.stringContaining(day.split("-").reverse().join("."))] } });
    expect((await db.adSlot.findUniqueOrThrow({ where: { id } })).capacity).toBe(2);
    await signInAs(["EDITOR"]);
    expect(await saveSlot({ id: String(id), name: "Gekapert", width: "300", height: "600", price: "0", capacity: "9", active: "on" })).toMatchObject({ ok: false });
    expect((await db.adSlot.findUniqueOrThrow({ where: { id } })).name).toBe("Seitenleiste Mitte");
  });
});
