/**
 * The HTML document every root layout renders. The app has one root layout per audience: the reader
 * site is German and the same for every reader (replayed for a second by server/micro-cache.mjs), the
 * dashboard and login follow the browser's language cookie. Client components get only the "common"
 * texts here; route groups add theirs (client-messages.tsx).
 */
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

export async function Document({ locale, children }: { locale: string; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider locale={locale} messages={{ common: messages.common }}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
