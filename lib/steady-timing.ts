/**
 * Public forms that take an e-mail address (newsletter, "nur abonnieren", booking requests) do more for a
 * new address than for a known one, and the time of the answer would tell which (user enumeration). The
 * work runs now — it is stored before the reader is told so, and a failure reaches them — and the answer
 * leaves no sooner than STEADY_MS after the work began, whichever path it took.
 */
import "server-only";

/** Well above what either path takes on a loaded 2-core machine (e2e/security/enumeration.spec.ts). */
export const STEADY_MS = 300;

export async function steadily<T>(work: () => Promise<T>, ms = STEADY_MS): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const rest = started + ms - performance.now();
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
}
