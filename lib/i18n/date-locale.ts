// Client-safe. The locale whose conventions dates follow. The site's English is British, so its
// dates are too (4 August 2026, 15:00), never the US defaults of plain "en" (August 4, 2026, 3:00 PM).
export function dateLocale(locale: string): string {
  return locale === "en" ? "en-GB" : locale;
}
