/** Limits shared by the rules page's schemas (server) and its forms (client): no imports, safe anywhere. */
export const WORD_MIN = 2;
export const WORD_MAX = 60;
export const REASON_MAX = 200;
export const WORD_KINDS = ["BANNED", "SUSPECT"] as const;
export type WordKindValue = (typeof WORD_KINDS)[number];
export const BAN_KINDS = ["EMAIL", "IP_HASH"] as const;
export type BanKindValue = (typeof BAN_KINDS)[number];
/** Never more of a stored IP hash than this many characters reaches a page. */
export const IP_HASH_SHOWN = 8;
