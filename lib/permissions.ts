/**
 * Who may do what: one table, one pure function. Every server action and query calls `can` (through
 * the session helpers); hiding a button is never the permission.
 */
export const ROLES = ["ADMIN", "EDITOR", "MODERATOR", "AD_MANAGER"] as const;
export type Role = (typeof ROLES)[number];

const TABLE = {
  "dashboard.view": ["EDITOR", "MODERATOR", "AD_MANAGER"],
  "articles.manage": ["EDITOR"],
  "sections.manage": ["EDITOR"],
  "newsletter.manage": ["EDITOR"],
  "comments.moderate": ["MODERATOR"],
  "moderation.rules": ["MODERATOR"],
  "subscriptions.manage": ["MODERATOR"],
  "ads.manage": ["AD_MANAGER"],
  "surftips.manage": ["AD_MANAGER"],
  "staff.manage": [],
  "settings.manage": [],
  "audit.view": [],
} as const satisfies Record<string, readonly Exclude<Role, "ADMIN">[]>;

export type Permission = keyof typeof TABLE;
export const PERMISSIONS = Object.keys(TABLE) as Permission[];

/** ADMIN may do everything; every other role only what the table grants it. */
export function can(user: { roles: readonly Role[] } | null | undefined, permission: Permission): boolean {
  if (!user) return false;
  if (user.roles.includes("ADMIN")) return true;
  const allowed: readonly Role[] = TABLE[permission];
  return user.roles.some((role) => allowed.includes(role));
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
