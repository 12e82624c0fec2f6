import { describe, expect, it } from "vitest";
import { announceReaderChange, readerChangeFollower } from "@/lib/cache-signal";

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
});
