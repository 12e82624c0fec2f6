import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folder so it never disturbs a running quick-start app.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project as its own step before building; its build skips the repeat.
  typescript: { ignoreBuildErrors: process.env.NEWSDESK_SKIP_BUILD_TYPECHECK === "1" },
  // Cached reader pages are regenerated in the background after `revalidate` seconds, and never served
  // older than this (then the request waits for a fresh render): bounds how late a scheduled article appears.
  expireTime: 10,
  experimental: {
    authInterrupts: true,
    // One root layout per audience (reader site, dashboard, login): unmatched URLs get app/global-not-found.tsx.
    globalNotFound: true,
    // Hero images and ad creatives are uploaded through server actions (the upload code enforces 5 MB).
    serverActions: { bodySizeLimit: "6mb" },
  },
  // Baseline headers on every response; the nonce-based CSP comes with the hardening work.
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
      {
        source: "/((?!media/).*)",
        headers: [{ key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'none'" }],
      },
      // Uploaded images: nothing in them may ever run or load anything.
      { source: "/media/:file", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
