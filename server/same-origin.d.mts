import type { IncomingMessage } from "node:http";

export function isCrossSiteWrite(req: Pick<IncomingMessage, "method" | "url" | "headers">, options: { siteOrigin?: string; trustProxy: boolean }): boolean;
