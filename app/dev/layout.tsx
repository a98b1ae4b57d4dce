import { connection } from "next/server";
import type { ReactNode } from "react";
import "../globals.css";

// Developer tools live outside the localised site: English only, never linked from public pages.
export const metadata = { title: "Development mailbox", robots: { index: false, follow: false } };

export default async function DevLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts carry this request's CSP nonce (proxy.ts).
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
