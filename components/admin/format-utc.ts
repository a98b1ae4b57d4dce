// Client-safe: times in the admin area are shown in UTC, the campaign's one shared clock, in the
// organiser's language (lib/i18n/admin-format.ts; English keeps "2026-08-04 10:00 UTC").
import { formatAdminDateTime } from "@/lib/i18n/admin-format";
import type { Locale } from "@/lib/i18n/routing";

export function formatUtc(date: Date, locale: Locale = "en"): string {
  return formatAdminDateTime(locale, date);
}

/** "10:00–11:00 UTC, 4 Aug" (en), "10:00–11:00 UTC, 4 жні" (be) for the hour starting at `hour`. */
export function formatUtcHour(hour: Date, locale: Locale = "en"): string {
  const start = hour.toISOString().slice(11, 16);
  const end = new Date(hour.getTime() + 3_600_000).toISOString().slice(11, 16);
  const day = hour.toLocaleDateString(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "short", timeZone: "UTC" });
  return `${start}–${end} UTC, ${day}`;
}
