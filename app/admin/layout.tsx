import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AdminHeader } from "./_components/admin-header";
import "../globals.css";

// The organisers' area has a root layout of its own: it lives outside the localised public site
// (proxy.ts applies no locale routing to /admin) and is English only for now, for a small team.
export const metadata: Metadata = {
  title: { default: "Organisers · Solidarity Pledge", template: "%s · Organisers · Solidarity Pledge" },
  robots: { index: false, follow: false },
};

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry this request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <AdminHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
