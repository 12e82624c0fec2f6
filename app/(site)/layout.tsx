import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Document } from "@/components/document";
import { Sidebar } from "@/features/site/sidebar";
import { siteUrl } from "@/features/site/url";
import { now } from "@/lib/clock";
import "../globals.css";

// Every page is rendered per request: its scripts carry that response's CSP nonce (server/csp.mjs), which
// a prerendered page could not. Repeats are answered for a second by server/micro-cache.mjs.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  setRequestLocale("de");
  const t = await getTranslations("site");
  return {
    metadataBase: siteUrl(),
    title: { default: t("name"), template: `%s – ${t("name")}` },
    description: t("tagline"),
    alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: t("name") }] } },
    openGraph: { siteName: t("name"), locale: "de_DE", type: "website" },
  };
}

/** Root layout of the reader site: always German, no cookie or header read, so a render can be replayed to any reader. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  setRequestLocale("de");
  const [t, at] = await Promise.all([getTranslations("site"), now()]);
  return (
    <Document locale="de">
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
          <Link href="/feed.xml" className="mr-4 underline">
            {t("rss")}
          </Link>
          <Link href="/login" className="underline">
            {t("staffLogin")}
          </Link>
        </footer>
      </div>
    </Document>
  );
}
