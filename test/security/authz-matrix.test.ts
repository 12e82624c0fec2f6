/**
 * The authorization matrix, called directly: every staff server action as anonymous, each single-role
 * staff member and an admin, with a valid input — no UI, no proxy.ts (this is the "proxy disabled"
 * case: the data layer alone has to refuse). A refused call must answer with the unauthenticated /
 * forbidden message, be logged (a signed-in caller), AND leave the database and the media folder
 * exactly as they were; an allowed call
 * must never be refused for authorization (it may succeed or fail for other reasons). The staff route
 * handlers are called the same way. Then own vs foreign: the reader's signed links, invite tokens, the
 * moderator's undo and the four-eyes rule only ever reach their own subject.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import messages from "@/messages/de";
import { db } from "@/lib/db";
import { ACTIONS, ROUTES, SUBJECTS, type Subject } from "@/test/security/authz-matrix";
import { CASES, PUBLIC_CASES } from "@/test/security/action-cases";
import { changed, snapshot } from "@/test/security/snapshot";
import { signInAs, signOut } from "@/test/session";

// The reader actions read the client address (rate limits) and setLocale a cookie: a new address per
// call, so no limit of another subject's call decides the answer.
const net = vi.hoisted(() => ({ calls: 0 }));
vi.mock("next/headers", () => ({
  headers: async () => {
    net.calls += 1;
    return new Headers({ "x-forwarded-for": `10.${(net.calls >> 16) & 255}.${(net.calls >> 8) & 255}.${net.calls & 255}` });
  },
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, has: () => false }),
}));

const REFUSALS = { unauthenticated: messages.common.errors.unauthenticated, forbidden: messages.common.errors.forbidden };

type Outcome = "allowed" | "unauthenticated" | "forbidden";

/** Makes the following calls run as this subject (one reused user per role, a fresh session each time). */
async function actAs(subject: Subject) {
  if (subject === "ANONYMOUS") return signOut();
  await signInAs([subject], { email: `authz-${subject.toLowerCase()}@test.local`, name: `Authz ${subject}` });
}

function outcomeOf(result: unknown): Outcome {
  const message = (result as { ok?: unknown; message?: unknown } | null)?.message;
  if ((result as { ok?: unknown } | null)?.ok === false && message === REFUSALS.unauthenticated) return "unauthenticated";
  if ((result as { ok?: unknown } | null)?.ok === false && message === REFUSALS.forbidden) return "forbidden";
  return "allowed";
}

const tally = { calls: 0, unexpectedAllows: [] as string[], unexpectedDenies: [] as string[], changedOnDeny: [] as string[], covered: new Set<string>() };

// Every refused staff member is logged (ASVS); the log lines are checked here instead of printed.
const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
const deniedLogged = () => warn.mock.calls.some(([line]) => typeof line === "string" && line.includes('"event":"authz.denied"'));

beforeAll(() => {
  // checkSurfTipLinksNow would check real addresses: every link answers 200 here.
  vi.stubGlobal("fetch", async () => new Response(null, { status: 200 }));
});

afterAll(() => {
  vi.unstubAllGlobals();
  signOut();
  const all = Object.keys(ACTIONS);
  const coverage = (100 * all.filter((k) => tally.covered.has(k)).length) / all.length;
  console.log(
    `authz matrix: ${tally.calls} calls, ${tally.unexpectedAllows.length} unexpected allows, ${tally.unexpectedDenies.length} unexpected denies, ` +
      `${tally.changedOnDeny.length} refused calls that changed data, coverage ${coverage.toFixed(0)} % of ${all.length} server actions`,
  );
});

const staffActions = Object.entries(ACTIONS).filter(([, e]) => e.kind === "staff");

/** What a public action answered: its redirect target, or its result's ok flag and message. */
async function answerOf(run: () => Promise<unknown>): Promise<string> {
  try {
    const result = (await run()) as { ok?: unknown; message?: unknown } | null | undefined;
    return result && typeof result === "object" ? `result ${String(result.ok)}: ${String(result.message ?? "")}` : "done";
  } catch (error) {
    const digest = String((error as { digest?: unknown } | null)?.digest ?? "");
    // Ids, slugs and signed tokens ("payload.mac") differ per fresh subject; the kind of answer must not.
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect ${(digest.split(";")[2] ?? "").replace(/\/[^/?#]*\.[^/?#]*/g, "/…").replace(/authz-[0-9a-f]+/g, "authz-…").replace(/[A-Za-z0-9_-]{16,}/g, "…").replace(/\d+/g, "N")}`;
    throw error;
  }
}

describe("authz matrix: staff server actions called directly", () => {
  it("has a call for every staff action of the matrix (coverage 100 %)", () => {
    const missing = staffActions.map(([k]) => k).filter((k) => !CASES[k]);
    expect(missing, `no case in test/security/action-cases.ts for: ${missing.join(", ")}`).toEqual([]);
    const stale = Object.keys(CASES).filter((k) => ACTIONS[k]?.kind !== "staff");
    expect(stale, `cases for actions that are not staff actions in the matrix: ${stale.join(", ")}`).toEqual([]);
  });

  for (const [key, entry] of staffActions) {
    it(key, async () => {
      const c = CASES[key];
      if (!c) return; // reported by the coverage test
      const problems: string[] = [];
      let succeeded = false;
      // Refused subjects first: the snapshot before them must still hold after each.
      const order = [...SUBJECTS].sort((a, b) => Number(entry.allowed.includes(a)) - Number(entry.allowed.includes(b)));
      for (const subject of order) {
        const allowed = entry.allowed.includes(subject);
        const s = await c.seed();
        await actAs(subject);
        const before = allowed ? null : await snapshot();
        warn.mockClear();
        const result = await c.call(s);
        tally.calls += 1;
        const outcome = outcomeOf(result);
        if (allowed && (result as { ok?: unknown } | null)?.ok === true) succeeded = true;
        if (allowed && outcome !== "allowed") {
          tally.unexpectedDenies.push(`${key} as ${subject}`);
          problems.push(`${subject}: refused (${outcome}) but the matrix allows it`);
        }
        if (!allowed) {
          const expected = subject === "ANONYMOUS" ? "unauthenticated" : "forbidden";
          if (outcome !== expected) {
            tally.unexpectedAllows.push(`${key} as ${subject}`);
            problems.push(`${subject}: expected "${expected}", got ${JSON.stringify(result)}`);
          }
          if (subject !== "ANONYMOUS" && !deniedLogged()) problems.push(`${subject}: the refusal was not logged`);
          const diff = changed(before!, await snapshot());
          if (diff.length) {
            tally.changedOnDeny.push(`${key} as ${subject}`);
            problems.push(`${subject}: a refused call changed ${diff.join(", ")}`);
          }
        }
      }
      tally.covered.add(key);
      // The input is valid (an allowed subject's call worked), so a refusal really is the refusal.
      if (!succeeded) problems.push("no allowed subject's call succeeded: the case's input is not valid, so the refusals prove little");
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});

describe("authz matrix: public and token actions answer every subject alike", () => {
  const open = Object.entries(ACTIONS).filter(([, e]) => e.kind !== "staff");

  it("has a call for every public and token action of the matrix", () => {
    expect(open.map(([k]) => k).filter((k) => !PUBLIC_CASES[k])).toEqual([]);
  });

  for (const [key, entry] of open) {
    it(key, async () => {
      const c = PUBLIC_CASES[key];
      if (!c) return;
      const problems: string[] = [];
      const answers = new Map<Subject, string>();
      for (const subject of SUBJECTS) {
        const s = await c.seed();
        await actAs(subject);
        const answer = await answerOf(() => c.call(s));
        tally.calls += 1;
        answers.set(subject, answer);
        if (!entry.allowed.includes(subject)) problems.push(`${subject} is not allowed by the matrix, yet the action is ${entry.kind}`);
        if (answer.includes(REFUSALS.unauthenticated) || answer.includes(REFUSALS.forbidden)) {
          tally.unexpectedDenies.push(`${key} as ${subject}`);
          problems.push(`${subject}: refused (${answer})`);
        }
      }
      // A public action never acts on a session: a staff member gets the reader's answer.
      const anonymous = answers.get("ANONYMOUS");
      for (const [subject, answer] of answers) if (answer !== anonymous) problems.push(`${subject}: "${answer}", anonymous: "${anonymous}"`);
      tally.covered.add(key);
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});

describe("authz matrix: staff route handlers called directly", () => {
  const booking = async () => {
    const slot = await db.adSlot.create({ data: { key: `authz-r-${Date.now()}`, name: "Authz", width: 300, height: 250, pricePerDayCents: 500 } });
    const advertiser = await db.advertiser.create({ data: { name: "Authz", email: "r@test.local" } });
    return db.booking.create({ data: { advertiserId: advertiser.id, slotId: slot.id, startDay: "2030-01-01", endDay: "2030-01-02", headline: "h", text: "t", targetUrl: "https://example.com/", priceCents: 1 } });
  };
  const handlers: Record<string, () => Promise<Response>> = {
    "app/(admin)/admin/ads/bookings/[id]/stats.csv/route.ts GET": async () => {
      const { GET } = await import("@/app/(admin)/admin/ads/bookings/[id]/stats.csv/route");
      const { id } = await booking();
      return GET(new Request(`http://localhost/admin/ads/bookings/${id}/stats.csv`), { params: Promise.resolve({ id: String(id) }) });
    },
    "app/(admin)/admin/ads/slots/[id]/stats.csv/route.ts GET": async () => {
      const { GET } = await import("@/app/(admin)/admin/ads/slots/[id]/stats.csv/route");
      const { slotId } = await booking();
      return GET(new Request(`http://localhost/admin/ads/slots/${slotId}/stats.csv`), { params: Promise.resolve({ id: String(slotId) }) });
    },
    "app/(admin)/admin/comments/actions.csv/route.ts GET": async () => {
      const { GET } = await import("@/app/(admin)/admin/comments/actions.csv/route");
      return GET(new Request("http://localhost/admin/comments/actions.csv"));
    },
    "app/(admin)/admin/subscriptions/export.csv/route.ts GET": async () => {
      const { GET } = await import("@/app/(admin)/admin/subscriptions/export.csv/route");
      return GET(new Request("http://localhost/admin/subscriptions/export.csv"));
    },
    "app/(admin)/admin/comments/decisions/route.ts POST": async () => {
      const { POST } = await import("@/app/(admin)/admin/comments/decisions/route");
      const { body } = ROUTES["app/(admin)/admin/comments/decisions/route.ts POST"];
      return POST(new Request("http://localhost/admin/comments/decisions", { method: "POST", body }));
    },
  };

  it("covers every staff route handler of the matrix", () => {
    const staffRoutes = Object.entries(ROUTES).filter(([, e]) => e.kind === "staff").map(([k]) => k);
    expect(staffRoutes.filter((k) => !handlers[k])).toEqual([]);
  });

  for (const [key, call] of Object.entries(handlers)) {
    it(key, async () => {
      const problems: string[] = [];
      for (const subject of SUBJECTS) {
        const expected = ROUTES[key].allowed.includes(subject) ? (ROUTES[key].allowedStatus ?? 200) : subject === "ANONYMOUS" ? 401 : 403;
        await actAs(subject);
        warn.mockClear();
        const response = await call();
        if (expected === 403 && !deniedLogged()) problems.push(`${subject}: the refusal was not logged`);
        if (response.status !== expected) problems.push(`${subject}: expected ${expected}, got ${response.status}`);
        const type = response.headers.get("content-type") ?? "";
        if (response.status === 200 && !type.startsWith("text/csv")) problems.push(`${subject}: 200 without a CSV`);
        if (response.status === 409 && !type.startsWith("application/json")) problems.push(`${subject}: 409 without the JSON result`);
        await response.body?.cancel();
      }
      expect(problems, problems.join("\n")).toEqual([]);
    });
  }
});
