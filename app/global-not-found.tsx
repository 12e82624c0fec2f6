import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

// Rendered per request like every page: a prerendered 404 would carry no CSP nonce, so its scripts would be blocked.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Seite nicht gefunden", robots: { index: false } };

/** Any URL no route matches (the app has one root layout per audience, so no layout can frame this page). */
export default function GlobalNotFound() {
  return (
    <html lang="de">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <main className="mx-auto max-w-xl px-4 py-24 text-center">
          <p className="text-sm font-semibold text-brand-700">404</p>
          <h1 className="mt-2 text-3xl font-semibold">Seite nicht gefunden</h1>
          <p className="mt-4 text-slate-600">Diese Seite gibt es nicht (mehr).</p>
          <Link href="/" className="mt-6 inline-block text-brand-700 underline">
            Zur Startseite
          </Link>
        </main>
      </body>
    </html>
  );
}
