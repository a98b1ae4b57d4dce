// Times on the stats pages are stated in UTC (the reference journalists cite), written the way
// a reader of the page's language writes dates.

import { dateLocale } from "@/lib/i18n/date-locale";

export function formatUtc(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(dateLocale(locale), { dateStyle: "long", timeStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
}

export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(share);
}
