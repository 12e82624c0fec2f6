import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { Document } from "@/components/document";
import "../globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.shell");
  return { title: { default: t("brand"), template: `%s – ${t("brand")}` }, robots: { index: false } };
}

/** Root layout of the dashboard: the language follows the browser's cookie (rendered per request). */
export default async function AdminRootLayout({ children }: { children: ReactNode }) {
  return <Document locale={await getLocale()}>{children}</Document>;
}
