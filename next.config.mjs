import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The e2e suite builds into its own folder so it never disturbs a running quick-start app.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm test` type-checks the whole project as its own step before building; its build skips the repeat.
  typescript: { ignoreBuildErrors: process.env.NEWSDESK_SKIP_BUILD_TYPECHECK === "1" },
  // Reader pages render per request (for their CSP nonce). The cached route handlers (feed.xml, the
  // sitemaps, robots.txt) are regenerated in the background after `revalidate` seconds, and never served
  // older than this (then the request waits for a fresh answer): bounds how late a scheduled article appears there.
  expireTime: 10,
  experimental: {
    authInterrupts: true,
    // One root layout per audience (reader site, dashboard, login): unmatched URLs get app/global-not-found.tsx.
    globalNotFound: true,
    // Hero images and ad creatives are uploaded through server actions (the upload code enforces 5 MB).
    serverActions: { bodySizeLimit: "6mb" },
  },
  // Baseline headers on every response. The nonce-based CSP of everything else is set per request by
  // server/serve.mjs (server/csp.mjs); `npm run dev` does not go through it and has no CSP.
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
      // Uploaded images: nothing in them may ever run or load anything.
      { source: "/media/:file", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default withNextIntl(nextConfig);
