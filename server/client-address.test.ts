import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.mjs";

const request = (forwarded: string | undefined, remote = "203.0.113.9") =>
  ({ headers: forwarded === undefined ? {} : { "x-forwarded-for": forwarded }, socket: { remoteAddress: remote } }) as unknown as IncomingMessage;

describe("the client address", () => {
  it("ignores a forged X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress(request("1.2.3.4"), false)).toBe("203.0.113.9");
  });

  it("takes the entry the trusted proxy appended, not what the client put before it", () => {
    expect(clientAddress(request("1.2.3.4, 198.51.100.7"), true)).toBe("198.51.100.7");
    expect(clientAddress(request(undefined), true)).toBe("203.0.113.9");
  });
});
