import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/locale-switch";
import { LogoutButton } from "@/features/admin-shell/logout-button";
import { ADMIN_NAV } from "@/features/admin-shell/nav";
import { NavLinks } from "@/features/admin-shell/nav-links";
import { requirePage } from "@/lib/auth/session";
import { can } from "@/lib/permissions";

/**
 * The dashboard shell. Each area's layout hands its client components their message namespaces
 * (components/client-messages.tsx), so a page ships its own texts and not the whole dashboard's.
 */
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const staff = await requirePage("dashboard.view");
  const t = await getTranslations("admin");
  const items = ADMIN_NAV.filter((item) => can(staff, item.permission)).map((item) => ({ href: item.href, label: t(`nav.${item.key}`) }));
  return (
    <div className="flex min-h-screen">
      <nav aria-label={t("shell.navLabel")} className="w-56 shrink-0 bg-slate-900 p-4 text-white">
        <p className="mb-6 px-3 text-lg font-semibold">{t("shell.brand")}</p>
        <NavLinks items={items} />
      </nav>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-end gap-4 border-b border-slate-200 bg-white px-6 py-3">
          <span className="text-sm text-slate-700" data-testid="current-user">
            {staff.name} · {staff.roles.map((r) => t(`roles.${r}`)).join(", ")}
          </span>
          <LocaleSwitch />
          <LogoutButton label={t("shell.logout")} />
        </header>
        <main className="flex-1 p-6">{children}</main>
      </div>
    </div>
  );
}
