import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Document } from "@/components/document";
import "../globals.css";

// Rendered per request, so its scripts carry the response's CSP nonce (server/csp.mjs).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.shell");
  return { title: { default: t("brand"), template: `%s – ${t("brand")}` }, robots: { index: false } };
}

/** Root layout of the dashboard: the language follows the browser's cookie (rendered per request). */
export default async function AdminRootLayout({ children }: { children: ReactNode }) {
  return <Document locale={await getLocale()}>{children}</Document>;
}
