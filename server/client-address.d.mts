import type { IncomingMessage } from "node:http";

export function clientAddress(req: Pick<IncomingMessage, "headers" | "socket">, trustProxy: boolean): string;
