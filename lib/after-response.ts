/**
 * Work whose duration must not show in the answer: public forms that take an e-mail address (newsletter,
 * "nur abonnieren", booking requests) do more for a new address than for a known one, and the time of
 * the answer would tell which (user enumeration). The answer goes out first; the work runs right after
 * it (Next's `after`), failures are logged, and the reader's retry is idempotent. Under Vitest, where
 * there is no response to wait for, the work runs before the call returns, so tests read its result.
 */
import "server-only";
import { after } from "next/server";

export async function afterResponse(label: string, work: () => Promise<unknown>): Promise<void> {
  if (process.env.VITEST) {
    await work();
    return;
  }
  after(() => work().catch((error: unknown) => console.error(`${label} failed after the response`, error)));
}
