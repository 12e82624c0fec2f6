/** Shapes shared by the rules pipeline (evaluateComment), the post action and the moderation desk. */
import type { CommentSettings } from "@/features/comments/settings";

/** Why the rules held or rejected a comment; stored in Comment.heldReasons and rendered by the desk. */
export type HeldReasonCode = "SUSPECT_WORD" | "BANNED_WORD" | "LINK_LIMIT" | "PREMODERATED_ARTICLE" | "PREMODERATED_SITE" | "NEW_COMMENTER";
export type HeldReason = { code: HeldReasonCode; detail?: string };

export type CommentInput = {
  name: string;
  email: string; // lower-cased
  body: string;
  honeypot: string;
  subscribe: boolean;
  ipHash: string;
};

export type CommentModeValue = "OPEN" | "PREMODERATED" | "CLOSED";

/** What the steps may look up; the post action backs these with indexed queries (rules/context.ts). */
export type RuleLookups = {
  isBanned(email: string, ipHash: string, now: Date): Promise<boolean>;
  /** Whether a comment by this e-mail or IP hash was stored after `since`. */
  postedSince(by: { email: string } | { ipHash: string }, since: Date): Promise<boolean>;
  /** Normalized texts of this e-mail's comments on the article since `since`. */
  recentBodies(email: string, articleId: number, since: Date): Promise<string[]>;
  /** Approved comments of this e-mail, counted up to `limit`. */
  approvedCount(email: string, limit: number): Promise<number>;
};

export type RuleContext = {
  settings: CommentSettings;
  now: Date;
  article: { id: number; commentMode: CommentModeValue };
  words: { banned: string[]; suspect: string[] };
  lookups: RuleLookups;
};

export type RefusalCode = "BANNED" | "FLOOD" | "DUPLICATE";

export type RuleOutcome =
  | { kind: "DISCARD" } // honeypot: answer like success, store nothing
  | { kind: "INVALID"; fieldErrors: Record<string, FieldErrorCode[]> }
  | { kind: "REFUSED"; code: RefusalCode }
  | { kind: "ACCEPTED"; status: "APPROVED" | "PENDING" | "REJECTED"; heldReasons: HeldReason[] };

export type FieldErrorCode = "required" | "tooLong";
