import { afterEach, describe, expect, it, vi } from "vitest";
import { kickJob, kickJobWithin, startJob, stopJobs } from "@/lib/jobs";

afterEach(async () => {
  await stopJobs();
  vi.useRealTimers();
});

describe("background jobs", () => {
  it("runs a burst of kicks within their bound as one round, not one round per kick", async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => undefined);
    startJob("t-burst", 60_000, run);
    for (let i = 0; i < 5; i++) {
      kickJobWithin("t-burst", 250);
      await vi.advanceTimersByTimeAsync(20);
    }
    expect(run).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    expect(run).toHaveBeenCalledTimes(1);
    // Afterwards the job waits its interval again.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("never waits longer than the job's own next round, and runs again after a round that a kick found running", async () => {
    vi.useFakeTimers();
    let finish = () => {};
    const run = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    startJob("t-running", 100, run, { firstDelayMs: 100 });
    kickJobWithin("t-running", 5_000);
    await vi.advanceTimersByTimeAsync(100);
    expect(run).toHaveBeenCalledTimes(1);
    kickJobWithin("t-running", 5_000); // while the round runs: the work it gave may be missed by it
    finish();
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    finish();
  });

  it("runs at once when kicked", async () => {
    vi.useFakeTimers();
    const run = vi.fn(async () => undefined);
    startJob("t-now", 60_000, run);
    kickJob("t-now");
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
