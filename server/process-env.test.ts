import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { HEAP_LIMIT_FLAG, serverEnv } from "./process-env.mjs";

/** The heap limit (MB) of a node process started with this environment, as V8 reports it. */
const heapLimitMb = (env: NodeJS.ProcessEnv) =>
  Number(execFileSync(process.execPath, ["-e", "console.log(require('v8').getHeapStatistics().heap_size_limit / 1048576)"], { env, encoding: "utf8" }));

describe("the app server's environment", () => {
  it("gives the server a 1 GB JavaScript heap limit, next to options already set", () => {
    const env = serverEnv({ PATH: process.env.PATH, NODE_OPTIONS: "--enable-source-maps" });
    expect(env.NODE_OPTIONS).toBe(`--enable-source-maps ${HEAP_LIMIT_FLAG}`);
    expect(env.NODE_ENV).toBe("production");
    // V8 adds its young generation to the old generation's limit.
    expect(heapLimitMb(env)).toBeGreaterThanOrEqual(1024);
    expect(heapLimitMb(env)).toBeLessThan(1200);
  });

  it("keeps a limit that was chosen explicitly", () => {
    const env = serverEnv({ PATH: process.env.PATH, NODE_OPTIONS: "--max-old-space-size=2048" });
    expect(env.NODE_OPTIONS).toBe("--max-old-space-size=2048");
    expect(heapLimitMb(env)).toBeGreaterThanOrEqual(2048);
  });
});
