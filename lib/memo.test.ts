import { describe, expect, it, vi } from "vitest";
import { forget, remember } from "@/lib/memo";

describe("remember", () => {
  it("loads once within its time, again after it or after forget", async () => {
    vi.useFakeTimers();
    let loads = 0;
    const load = async () => ++loads;
    expect(await remember("t:a", 1000, load)).toBe(1);
    expect(await remember("t:a", 1000, load)).toBe(1);
    vi.advanceTimersByTime(1001);
    expect(await remember("t:a", 1000, load)).toBe(2);
    forget("t:");
    expect(await remember("t:a", 1000, load)).toBe(3);
    vi.useRealTimers();
  });

  it("does not remember a failure", async () => {
    await expect(remember("t:fail", 1000, () => Promise.reject(new Error("down")))).rejects.toThrow("down");
    expect(await remember("t:fail", 1000, async () => "up")).toBe("up");
  });
});
