/** The dashboard's sections, each behind the permission that its pages and actions check. */
import type { Permission } from "@/lib/permissions";

export const ADMIN_NAV: { key: string; href: string; permission: Permission }[] = [
  { key: "home", href: "/admin", permission: "dashboard.view" },
  { key: "articles", href: "/admin/articles", permission: "articles.manage" },
  { key: "sections", href: "/admin/sections", permission: "sections.manage" },
  { key: "comments", href: "/admin/comments", permission: "comments.moderate" },
  { key: "subscriptions", href: "/admin/subscriptions", permission: "subscriptions.manage" },
  { key: "newsletter", href: "/admin/newsletter", permission: "newsletter.manage" },
  { key: "ads", href: "/admin/ads", permission: "ads.manage" },
  { key: "surfTips", href: "/admin/surf-tips", permission: "surftips.manage" },
  { key: "staff", href: "/admin/staff", permission: "staff.manage" },
  { key: "audit", href: "/admin/audit", permission: "audit.view" },
];
