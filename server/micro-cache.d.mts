import type { IncomingMessage, ServerResponse } from "node:http";

export type MicroCache = {
  /** True when answered from memory; otherwise `res` remembers Next's answer if it may be kept. */
  serve(req: IncomingMessage, res: ServerResponse): boolean;
  clear(): void;
  readonly size: number;
  /** The kept bodies' bytes together (at most maxTotalBytes, 64 MB unless given). */
  readonly bytes: number;
};

export function createMicroCache(options?: { ttlMs?: number; now?: () => number; maxTotalBytes?: number }): MicroCache;

/** True for the reader page paths whose dynamic HTML may be kept (see READER_PAGES). */
export function isReaderPage(url: string): boolean;
