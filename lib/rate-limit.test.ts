import { describe, expect, it } from "vitest";
import { block, getBlock, hit } from "@/lib/rate-limit";

const limit = { key: "test:rate-limit", windowMs: 60_000 };
const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 12, 0, s));

describe("rate limit counter", () => {
  it("counts hits within a window and starts over, unblocked, once the window has passed", async () => {
    expect(await hit(limit, at(0))).toBe(1);
    expect(await hit(limit, at(10))).toBe(2);
    expect(await hit(limit, at(59))).toBe(3);
    expect(await hit({ ...limit, key: "test:other" }, at(59)), "another key has its own count").toBe(1);

    await block(limit.key, at(120));
    expect(await getBlock(limit.key, at(59))).toEqual(at(120));
    // The window began at 0 s: at 60 s it has passed, so the count starts over and the block is forgotten.
    expect(await hit(limit, at(60))).toBe(1);
    expect(await getBlock(limit.key, at(61))).toBeNull();
    expect(await hit(limit, at(119))).toBe(2);
    expect(await hit(limit, at(120))).toBe(1);
  });

  it("loses no count when many hits arrive at once", async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => hit({ ...limit, key: "test:burst" }, at(0))));
    expect(counts.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
