/**
 * The session cookie as the server reads it: next-auth's encrypted JWT, decrypted without
 * next-auth's per-request re-encryption. Only a token made with the app's secret, unexpired and
 * untouched, names a session.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { encode } from "next-auth/jwt";
import { env } from "@/lib/env";

vi.unmock("@/lib/auth/session-source");

let jar: { name: string; value: string }[] = [];
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => jar.find((c) => c.name === name),
    getAll: () => jar,
  }),
}));

const { getSessionId } = await import("@/lib/auth/session-source");
const NAME = "next-auth.session-token";

describe("session cookie", () => {
  beforeEach(() => {
    jar = [];
  });

  it("names the session of a token made with the app's secret", async () => {
    jar = [{ name: NAME, value: await encode({ token: { uid: 7, sid: "session-abc" }, secret: env.authSecret }) }];
    expect(await getSessionId()).toBe("session-abc");
  });

  it("reads a token split over several cookies, in their order", async () => {
    const token = await encode({ token: { uid: 7, sid: "session-split" }, secret: env.authSecret });
    const cut = Math.floor(token.length / 2);
    jar = [
      { name: `${NAME}.1`, value: token.slice(cut) },
      { name: `${NAME}.0`, value: token.slice(0, cut) },
    ];
    expect(await getSessionId()).toBe("session-split");
  });

  it("names no session without a cookie, or for a tampered, foreign or expired token", async () => {
    expect(await getSessionId()).toBeNull();
    const good = await encode({ token: { uid: 7, sid: "session-abc" }, secret: env.authSecret });
    const tampered = good.slice(0, -6) + (good.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
    const foreign = await encode({ token: { uid: 7, sid: "session-abc" }, secret: "another-secret-0123456789-0123456789" });
    const expired = await encode({ token: { uid: 7, sid: "session-abc" }, secret: env.authSecret, maxAge: -60 });
    for (const value of [tampered, foreign, expired, "not-a-token"]) {
      jar = [{ name: NAME, value }];
      expect(await getSessionId(), value.slice(0, 20)).toBeNull();
    }
  });
});
