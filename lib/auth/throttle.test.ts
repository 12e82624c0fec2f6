import { describe, expect, it } from "vitest";
import {
  ACCOUNT_BLOCK_AFTER,
  ACCOUNT_SLOWDOWN_AFTER,
  DEVICE_BLOCK_AFTER,
  IP_BLOCK_AFTER,
  clearLoginFailures,
  loginBlockedUntil,
  recordLoginFailure,
  recordLoginSuccess,
} from "@/lib/auth/throttle";

const t0 = new Date("2026-11-27T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const untrusted = (email: string, ipHash: string) => ({ email, ipHash, device: null });

describe("login throttling", () => {
  it("answers the first failures at once, then slower, then refuses the account to unknown clients for a while", async () => {
    const email = "victim-1@test.local";
    const delays: number[] = [];
    for (let i = 1; i <= ACCOUNT_BLOCK_AFTER; i++) {
      expect(await loginBlockedUntil(untrusted(email, `ip-${i}`), at(0))).toBeNull();
      delays.push(await recordLoginFailure(untrusted(email, `ip-${i}`), at(0)));
    }
    expect(delays.slice(0, ACCOUNT_SLOWDOWN_AFTER).every((d) => d === 0)).toBe(true);
    expect(delays[ACCOUNT_SLOWDOWN_AFTER]).toBeGreaterThan(0);
    expect(delays[delays.length - 1]).toBeGreaterThan(delays[ACCOUNT_SLOWDOWN_AFTER]);
    // Blocked from any address, also from one that never failed.
    expect(await loginBlockedUntil(untrusted(email, "fresh-ip"), at(1))).toEqual(at(15));
    // Another account is not affected.
    expect(await loginBlockedUntil(untrusted("other@test.local", "fresh-ip"), at(1))).toBeNull();
    // The block ends with the window.
    expect(await loginBlockedUntil(untrusted(email, "fresh-ip"), at(16))).toBeNull();
  });

  it("accepts at most 40 guesses an hour at one account from untrusted clients, however many addresses they use", async () => {
    const email = "victim-hour@test.local";
    let evaluated = 0;
    for (let i = 0; i < 300; i++) {
      const when = at(i / 5); // 300 attempts spread over an hour
      const attempt = untrusted(email, `attacker-${i % 50}`);
      if (await loginBlockedUntil(attempt, when)) continue;
      evaluated++;
      await recordLoginFailure(attempt, when);
    }
    expect(evaluated).toBeLessThanOrEqual(4 * ACCOUNT_BLOCK_AFTER);
    expect(evaluated).toBeGreaterThan(0);
  });

  it("lets the account's trusted device in during an attack, with a budget of its own", async () => {
    const email = "victim-device@test.local";
    for (let i = 0; i < ACCOUNT_BLOCK_AFTER; i++) await recordLoginFailure(untrusted(email, `a-${i}`), at(0));
    expect(await loginBlockedUntil(untrusted(email, "owner-ip"), at(1))).not.toBeNull();
    const owner = { email, ipHash: "owner-ip", device: "device-1" };
    expect(await loginBlockedUntil(owner, at(1))).toBeNull();
    // The device's own failures lock only the device.
    for (let i = 0; i < DEVICE_BLOCK_AFTER; i++) await recordLoginFailure(owner, at(1));
    expect(await loginBlockedUntil(owner, at(2))).not.toBeNull();
    expect(await loginBlockedUntil({ ...owner, device: "device-2" }, at(2))).toBeNull();
    // The owner's successful login clears the account's lock.
    await recordLoginSuccess({ ...owner, device: "device-2" });
    expect(await loginBlockedUntil(untrusted(email, "x"), at(2))).toBeNull();
  });

  it("refuses an address that fails against many accounts", async () => {
    for (let i = 0; i < IP_BLOCK_AFTER; i++) await recordLoginFailure(untrusted(`sprayed-${i}@test.local`, "spraying-ip"), at(0));
    expect(await loginBlockedUntil(untrusted("someone-else@test.local", "spraying-ip"), at(1))).not.toBeNull();
    expect(await loginBlockedUntil(untrusted("someone-else@test.local", "other-ip"), at(1))).toBeNull();
  });

  it("lets an admin clear an account lock", async () => {
    const email = "victim-2@test.local";
    for (let i = 0; i < ACCOUNT_BLOCK_AFTER; i++) await recordLoginFailure(untrusted(email, `ip2-${i}`), at(0));
    expect(await loginBlockedUntil(untrusted(email, "x"), at(1))).not.toBeNull();
    await clearLoginFailures(email);
    expect(await loginBlockedUntil(untrusted(email, "x"), at(1))).toBeNull();
  });
});
