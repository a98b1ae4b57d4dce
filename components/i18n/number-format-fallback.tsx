"use client";

import { installNumberFormatFallback } from "@/lib/i18n/number-format-fallback";

// Installed when this module loads, which is before React renders (and so before it hydrates)
// anything below it in the layout: see lib/i18n/number-format-fallback.ts.
if (typeof window !== "undefined") installNumberFormatFallback();

/** Renders nothing; placed first in the layouts so its module is loaded with theirs. */
export function NumberFormatFallback() {
  return null;
}
