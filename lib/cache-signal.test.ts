import { describe, expect, it } from "vitest";
import { announceReaderChange, readerChangeFollower } from "@/lib/cache-signal";
import { db } from "@/lib/db";

describe("reader change signal", () => {
  it("makes every other instance's follower drop its copies once per change, and not without one", async () => {
    let drops = 0;
    const [a, b] = [readerChangeFollower(() => (drops += 1)), readerChangeFollower(() => (drops += 10))];
    await a();
    await b();
    expect(drops).toBe(0);
    await announceReaderChange();
    await a();
    await b();
    expect(drops).toBe(11);
    await a();
    await b();
    expect(drops).toBe(11);
    await announceReaderChange();
    await announceReaderChange();
    await a();
    expect(drops).toBe(12);
  });

  it("shares one write among changes made close together, and each caller waits for it", async () => {
    let drops = 0;
    const follow = readerChangeFollower(() => (drops += 1));
    await follow();
    const writes = () => db.setting.findUniqueOrThrow({ where: { key: "cache.readerGeneration" }, select: { updatedAt: true } });
    await announceReaderChange();
    const before = (await writes()).updatedAt;
    const burst = Array.from({ length: 20 }, () => announceReaderChange());
    expect(new Set(burst).size).toBe(1);
    await Promise.all(burst);
    expect((await writes()).updatedAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    await follow();
    expect(drops).toBe(1);
    await follow();
    expect(drops).toBe(1);
  });
});
