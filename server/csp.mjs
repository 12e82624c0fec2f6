// The Content-Security-Policy of every page, with a fresh nonce per request. server/serve.mjs sets it
// on the request (Next 16 reads the nonce from the request's `content-security-policy` header while
// rendering and puts it on its own <script> tags) and on the response. Only scripts that carry this
// response's nonce, or that such scripts load ('strict-dynamic'), run: injected markup cannot know it.
import { randomBytes } from "node:crypto";

/** 128 bits, base64: the size the CSP spec asks for, in the alphabet Next's nonce parser accepts. */
export function createNonce() {
  return randomBytes(16).toString("base64");
}

/** The policy for one response. */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    // React style={{…}} attributes (bar charts, progress bars) are style attributes, not <style> elements.
    "style-src-attr 'unsafe-inline'",
    // Ad creatives and surf-tip images may be external https URLs booked by the ad manager.
    "img-src 'self' data: blob: https:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join("; ");
}
