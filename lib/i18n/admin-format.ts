// Client-safe: dates, times and numbers in the organisers' area. Times are always UTC, the
// campaign's one shared clock. English keeps the ISO-like "2026-08-04 10:02 UTC" that organisers
// (and the end-to-end tests) already know; Belarusian and Russian write the day first,
// "04.08.2026, 10:02 UTC", as CLDR has it. Built by hand, not with Intl.DateTimeFormat: the
// queue renders on the server and again in the browser, and Chromium's ICU formats "be" as
// "12/01/2026" where Node's gives "01.12.2026" — the page must not change under the reader.
import type { Locale } from "./routing";

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

/** "2026-08-04" (en), "04.08.2026" (be, ru). */
export function formatAdminDate(locale: Locale, value: Date | string): string {
  const date = iso(value).slice(0, 10);
  if (locale === "en") return date;
  const [year, month, day] = date.split("-");
  return `${day}.${month}.${year}`;
}

/** "10:02", the same everywhere (24-hour clock, UTC). */
export function formatAdminTime(value: Date | string): string {
  return iso(value).slice(11, 16);
}

/** "2026-08-04 10:02 UTC" (en), "04.08.2026, 10:02 UTC" (be, ru). */
export function formatAdminDateTime(locale: Locale, value: Date | string): string {
  const separator = locale === "en" ? " " : ", ";
  return `${formatAdminDate(locale, value)}${separator}${formatAdminTime(value)} UTC`;
}

/** "1,234" (en), "1 234" (ru; Belarusian groups from five digits). Server-rendered figures only. */
export function formatAdminNumber(locale: Locale, value: number): string {
  return value.toLocaleString(locale);
}

/** "2026-08-04 10:02:33" (en), "04.08.2026, 10:02:33" (be, ru): the audit log, to the second, under a "(UTC)" heading. */
export function formatAdminTimestamp(locale: Locale, value: Date | string): string {
  const separator = locale === "en" ? " " : ", ";
  return `${formatAdminDate(locale, value)}${separator}${iso(value).slice(11, 19)}`;
}
