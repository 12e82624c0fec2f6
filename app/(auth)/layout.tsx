import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { Document } from "@/components/document";
import "../globals.css";

// Rendered per request, so its scripts carry the response's CSP nonce (server/csp.mjs).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.shell");
  return { title: { default: t("brand"), template: `%s – ${t("brand")}` }, robots: { index: false } };
}

/** Root layout of login and invitation pages: the language follows the browser's cookie. */
export default async function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <Document locale={await getLocale()}>
      <ClientMessages namespaces={["auth"]}>{children}</ClientMessages>
    </Document>
  );
}
