// Times on the stats pages are stated in UTC (the reference journalists cite), written the way
// a reader of the page's language writes dates.

export function formatUtc(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
}

export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}
