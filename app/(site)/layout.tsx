import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Sidebar } from "@/features/site/sidebar";
import { now } from "@/lib/clock";

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const [t, at] = await Promise.all([getTranslations("site"), now()]);
  return (
    <div className="min-h-screen bg-white">
      <header className="border-b-4 border-brand-700 bg-white">
        <div className="mx-auto flex max-w-6xl items-baseline justify-between px-4 py-5">
          <Link href="/" className="font-serif text-3xl font-bold text-brand-900">
            {t("name")}
          </Link>
          <p className="hidden text-sm text-slate-600 sm:block">{t("tagline")}</p>
        </div>
      </header>
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-8 lg:grid-cols-[1fr_18rem]">
        <main id="main">{children}</main>
        <Sidebar now={at} />
      </div>
      <footer className="border-t border-slate-200 py-6 text-center text-sm text-slate-600">
        <Link href="/login" className="underline">
          {t("staffLogin")}
        </Link>
      </footer>
    </div>
  );
}
