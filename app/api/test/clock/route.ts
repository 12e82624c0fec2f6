/**
 * Test-only: moves the server clock (NEWSDESK_TEST_CLOCK=1, never set in production — otherwise 404).
 * Every cached reader page is invalidated with it, since what they show follows from the clock.
 */
import { z } from "zod";
import { now, setTestClockOffset } from "@/lib/clock";
import { env } from "@/lib/env";
import { revalidateReaderSite } from "@/features/articles/cache";

const schema = z.object({ offsetMs: z.number().int().min(-10 * 365 * 86_400_000).max(10 * 365 * 86_400_000) });

export async function POST(request: Request) {
  if (!env.testClock) return new Response("Not found", { status: 404 });
  const parsed = schema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "offsetMs (integer milliseconds) expected" }, { status: 400 });
  await setTestClockOffset(parsed.data.offsetMs);
  revalidateReaderSite();
  return Response.json({ now: (await now()).toISOString() });
}
