import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NumberFormatFallback } from "@/components/i18n/number-format-fallback";
import "../globals.css";

// Widgets other sites put in an iframe: the only pages that may be framed (next.config.ts sends
// X-Frame-Options: DENY everywhere else). No header, no footer, no cookies, nothing from another
// origin. The language is the widget's ?locale=, set on its own element (a layout cannot read
// the query string), so the document's default stays English.
export const metadata: Metadata = { robots: { index: false } };

export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="bg-transparent font-sans">
        <NumberFormatFallback />
        {children}
      </body>
    </html>
  );
}
