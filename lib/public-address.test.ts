import { describe, expect, it } from "vitest";
import { hostMayBePublic, isPublicAddress, publicLookup } from "@/lib/public-address";

describe("public addresses (SSRF guard)", () => {
  it("refuses loopback, private, link-local, metadata and mapped forms of them", () => {
    for (const ip of ["127.0.0.1", "127.1.2.3", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fd00::1", "fc00::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "ff02::1", "not-an-ip"]) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
  });

  it("allows addresses on the public internet", () => {
    for (const ip of ["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700:4700::1111", "::ffff:8.8.8.8"]) expect(isPublicAddress(ip), ip).toBe(true);
  });

  it("judges IP literals in URLs in every spelling the URL parser accepts", () => {
    for (const url of ["http://127.0.0.1/", "http://2130706433/", "http://0x7f.1/", "http://[::1]:8080/", "http://[::ffff:169.254.169.254]/", "http://localhost:3000/", "http://app.localhost/"]) {
      expect(hostMayBePublic(new URL(url)), url).toBe(false);
    }
    expect(hostMayBePublic(new URL("https://www.polizei-bw.de/"))).toBe(true);
  });

  it("refuses a name that resolves to a private address", async () => {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => publicLookup("localhost", {}, (e) => resolve(e)));
    expect(error?.code).toBe("ENOTPUBLIC");
  });
});
