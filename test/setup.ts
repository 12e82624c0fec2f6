/**
 * Per-file setup: the code under test runs outside a Next.js request, so translations come straight
 * from the German message files and the session cookie is replaced by `signInAs` (test/session.ts).
 * Prisma is never mocked: every test talks to the real database of global-setup.ts.
 */
import { vi } from "vitest";
import { createTranslator } from "next-intl";
import messages from "@/messages/de";

vi.mock("next-intl/server", () => ({
  getTranslations: async (arg?: string | { namespace?: string }) => createTranslator({ locale: "de", messages, namespace: (typeof arg === "string" ? arg : arg?.namespace) as never }),
  getLocale: async () => "de",
}));

vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  unstable_cache: <T>(fn: T) => fn,
}));

// Outside a request there is no "after the response": the callback runs at once.
vi.mock("next/server", () => ({ after: (callback: () => unknown) => void callback() }));

vi.mock("@/lib/auth/session-source", async (importOriginal) => {
  const { currentSessionId } = await import("./session");
  return { ...(await importOriginal<typeof import("@/lib/auth/session-source")>()), getSessionId: async () => currentSessionId() };
});
