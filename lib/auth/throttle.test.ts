import { describe, expect, it } from "vitest";
import { ACCOUNT_BLOCK_AFTER, ACCOUNT_SLOWDOWN_AFTER, IP_BLOCK_AFTER, clearLoginFailures, loginBlockedUntil, recordLoginFailure } from "@/lib/auth/throttle";

const t0 = new Date("2026-11-27T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("login throttling", () => {
  it("answers the first failures at once, then slower, then refuses the account for a while", async () => {
    const email = "victim-1@test.local";
    const delays: number[] = [];
    for (let i = 1; i <= ACCOUNT_BLOCK_AFTER; i++) {
      expect(await loginBlockedUntil(email, `ip-${i}`, at(0))).toBeNull();
      delays.push(await recordLoginFailure(email, `ip-${i}`, at(0)));
    }
    expect(delays.slice(0, ACCOUNT_SLOWDOWN_AFTER).every((d) => d === 0)).toBe(true);
    expect(delays[ACCOUNT_SLOWDOWN_AFTER]).toBeGreaterThan(0);
    expect(delays[delays.length - 1]).toBeGreaterThan(delays[ACCOUNT_SLOWDOWN_AFTER]);
    // Blocked from any address, also from one that never failed.
    expect(await loginBlockedUntil(email, "fresh-ip", at(1))).toEqual(at(15));
    // Another account is not affected.
    expect(await loginBlockedUntil("other@test.local", "fresh-ip", at(1))).toBeNull();
    // The block ends with the window.
    expect(await loginBlockedUntil(email, "fresh-ip", at(16))).toBeNull();
  });

  it("refuses an address that fails against many accounts", async () => {
    for (let i = 0; i < IP_BLOCK_AFTER; i++) await recordLoginFailure(`sprayed-${i}@test.local`, "spraying-ip", at(0));
    expect(await loginBlockedUntil("someone-else@test.local", "spraying-ip", at(1))).not.toBeNull();
    expect(await loginBlockedUntil("someone-else@test.local", "other-ip", at(1))).toBeNull();
  });

  it("lets an admin clear an account lock", async () => {
    const email = "victim-2@test.local";
    for (let i = 0; i < ACCOUNT_BLOCK_AFTER; i++) await recordLoginFailure(email, `ip2-${i}`, at(0));
    expect(await loginBlockedUntil(email, "x", at(1))).not.toBeNull();
    await clearLoginFailures(email);
    expect(await loginBlockedUntil(email, "x", at(1))).toBeNull();
  });
});
