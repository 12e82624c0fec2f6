"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function LogoutButton() {
  const t = useTranslations("admin.shell");
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/login" })} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
      {t("logout")}
    </button>
  );
}
