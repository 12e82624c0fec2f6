/**
 * The client address the app sees (lib/request-ip.ts hashes it for flood limits, reports and IP bans).
 * Without a trusted reverse proxy in front: the socket's address, whatever a client claims in
 * X-Forwarded-For. Behind one (NEWSDESK_TRUST_PROXY=1): the last X-Forwarded-For entry, the one the
 * proxy appended (earlier entries come from the client and prove nothing).
 */
export function clientAddress(req, trustProxy) {
  if (trustProxy) {
    const forwarded = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
    if (forwarded.length > 0) return forwarded[forwarded.length - 1];
  }
  return req.socket?.remoteAddress ?? "unknown";
}
