// Client-safe: dates, times and numbers in the organisers' area. Times are always UTC, the
// campaign's one shared clock. English keeps the ISO-like "2026-08-04 10:02 UTC" that organisers
// (and the end-to-end tests) already know; Belarusian and Russian get their own date order.
import type { Locale } from "./routing";

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

function cached(map: Map<Locale, Intl.DateTimeFormat>, locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = map.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: "UTC" });
    map.set(locale, format);
  }
  return format;
}

const numeric: Intl.DateTimeFormatOptions = { year: "numeric", month: "2-digit", day: "2-digit" };

/** "2026-08-04 10:02 UTC" (en), "04.08.2026, 10:02 UTC" (be, ru). */
export function formatAdminDateTime(locale: Locale, value: Date | string): string {
  const date = new Date(value);
  if (locale === "en") return `${date.toISOString().replace("T", " ").slice(0, 16)} UTC`;
  return `${cached(dateTimeFormats, locale, { ...numeric, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date)} UTC`;
}

/** "2026-08-04" (en), "04.08.2026" (be, ru). */
export function formatAdminDate(locale: Locale, value: Date | string): string {
  const date = new Date(value);
  if (locale === "en") return date.toISOString().slice(0, 10);
  return cached(dateFormats, locale, numeric).format(date);
}

/** "10:02", the same everywhere (24-hour clock, UTC). */
export function formatAdminTime(value: Date | string): string {
  return new Date(value).toISOString().slice(11, 16);
}

/** "1,234" (en), "1 234" (be, ru). */
export function formatAdminNumber(locale: Locale, value: number): string {
  return value.toLocaleString(locale);
}
