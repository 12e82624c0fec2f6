/**
 * Server-side requests to addresses staff typed in (the surf-tip link check) must reach only the public
 * internet, never this machine or its private network (SSRF: a "link" to http://127.0.0.1:5432/ or to a
 * cloud metadata address would otherwise be probed from inside). The check runs on the address actually
 * connected to — the DNS answer, not the name — so a name that resolves to a private address is refused too.
 */
import dns from "node:dns";
import net from "node:net";

const blocked = new net.BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
] as const)
  blocked.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96], // NAT64
  ["100::", 64],
  ["2001:db8::", 32],
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
] as const)
  blocked.addSubnet(network, prefix, "ipv6");

/** Whether an IP address (v4 or v6) is on the public internet. */
export function isPublicAddress(ip: string): boolean {
  const family = net.isIP(ip);
  if (family === 4) return !blocked.check(ip, "ipv4");
  if (family !== 6) return false;
  // IPv4-mapped (::ffff:127.0.0.1, or ::ffff:7f00:1 as the URL parser writes it): judged as IPv4.
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (dotted) return isPublicAddress(dotted[1]);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(ip);
  if (hex) {
    const [high, low] = [parseInt(hex[1], 16), parseInt(hex[2], 16)];
    return isPublicAddress(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`);
  }
  return !blocked.check(ip, "ipv6");
}

type LookupAddress = { address: string; family: number };
type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

const refused = (hostname: string) => Object.assign(new Error(`${hostname} is not a public address`), { code: "ENOTPUBLIC" });

/** A `lookup` for http(s).request that only ever hands out public addresses. */
export function publicLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback) {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const list = addresses as LookupAddress[];
    if (list.length === 0 || list.some((a) => !isPublicAddress(a.address))) return callback(refused(hostname), []);
    if (options.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}

/** Whether a URL's host may be requested at all: an IP literal must be public (a name is checked when it resolves). */
export function hostMayBePublic(url: URL): boolean {
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return net.isIP(host) ? isPublicAddress(host) : host !== "localhost" && !host.endsWith(".localhost");
}
