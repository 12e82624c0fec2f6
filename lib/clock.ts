/**
 * The server's notion of "now". States that follow from time (an article is live, a booking runs, a surf
 * tip belongs to this week) read it from here, so that tests can move the clock instead of waiting:
 * with NEWSDESK_TEST_CLOCK=1 an offset stored in the database (shared by every instance) is added.
 */
import "server-only";
import { env } from "@/lib/env";
import { db } from "@/lib/db";

const TEST_CLOCK_KEY = "test.clockOffsetMs";

export async function now(): Promise<Date> {
  if (!env.testClock) return new Date();
  const row = await db.setting.findUnique({ where: { key: TEST_CLOCK_KEY }, select: { value: true } });
  const offset = typeof row?.value === "number" ? row.value : 0;
  return new Date(Date.now() + offset);
}

export async function setTestClockOffset(offsetMs: number) {
  if (!env.testClock) throw new Error("test clock disabled");
  await db.setting.upsert({
    where: { key: TEST_CLOCK_KEY },
    create: { key: TEST_CLOCK_KEY, value: offsetMs },
    update: { value: offsetMs },
  });
}
