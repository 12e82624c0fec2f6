import { describe, expect, it, vi } from "vitest";
import { forget, memo } from "@/lib/memo";

describe("memo", () => {
  it("keeps a value for its time, shares one load between concurrent callers, and loads afresh after", async () => {
    const load = vi.fn(async () => load.mock.calls.length);
    const [a, b] = await Promise.all([memo("t1:x", 1000, load, 0), memo("t1:x", 1000, load, 10)]);
    expect([a, b, load.mock.calls.length]).toEqual([1, 1, 1]);
    expect(await memo("t1:x", 1000, load, 999)).toBe(1);
    expect(await memo("t1:x", 1000, load, 1000)).toBe(2);
  });

  it("drops kept values by key prefix, and never keeps a failed load", async () => {
    let n = 0;
    const load = async () => ++n;
    await memo("t2:a", 60_000, load, 0);
    await memo("t2:b", 60_000, load, 0);
    await memo("t3:a", 60_000, load, 0);
    forget("t2:");
    expect(await memo("t2:a", 60_000, load, 1)).toBe(4);
    expect(await memo("t3:a", 60_000, load, 1)).toBe(3);
    await expect(memo("t4", 60_000, () => Promise.reject(new Error("down")), 0)).rejects.toThrow("down");
    expect(await memo("t4", 60_000, async () => "up", 1)).toBe("up");
  });

  it("with refreshInBackground answers an old value at once and swaps in the new one when it is loaded", async () => {
    let n = 0;
    let release = () => {};
    const slow = () => new Promise<number>((resolve) => (release = () => resolve(++n)));
    const opts = { refreshInBackground: true };
    // The first load is waited for.
    const first = memo("t5", 1000, slow, 0, opts);
    release();
    expect(await first).toBe(1);
    // Expired: the old value at once, one load started for all callers.
    expect(await memo("t5", 1000, slow, 1000, opts)).toBe(1);
    expect(await memo("t5", 1000, slow, 1001, opts)).toBe(1);
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(await memo("t5", 1000, slow, 1002, opts)).toBe(2);
    expect(n).toBe(2);
    // A failed refresh keeps the old value; the next caller tries again.
    expect(await memo("t5", 1000, () => Promise.reject(new Error("down")), 5000, opts)).toBe(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(await memo("t5", 1000, async () => 7, 5001, opts)).toBe(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(await memo("t5", 1000, async () => 8, 5002, opts)).toBe(7);
    // forget wins over a refresh still loading: the next caller waits for a fresh value.
    const late = memo("t5", 1000, slow, 9000, opts);
    forget("t5");
    release();
    expect(await late).toBe(7);
    await new Promise((r) => setTimeout(r, 0));
    expect(await memo("t5", 1000, async () => 9, 9001, opts)).toBe(9);
  });
});
