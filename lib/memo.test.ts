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
});
