"use client";

import { useHydrated } from "@/components/ui/use-hydrated";

// Browsers ship date names for fewer languages than the server (Chromium has none for
// Belarusian). Where the page's language is missing, the time is written with numbers only
// (2026-08-04 18:30:00, UTC+03:00), which reads the same in every language, never in English.
function formatLocal(date: Date, locale: string): string {
  if (Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0) {
    // (dateStyle/timeStyle cannot be combined with timeZoneName: the parts are spelled out.)
    const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short" };
    return new Intl.DateTimeFormat(locale, options).format(date);
  }
  const pad = (value: number) => String(Math.abs(value)).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const zone = `UTC${offset < 0 ? "−" : "+"}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())} (${zone})`;
}

/**
 * The same moment in the reader's own time zone. Only the browser knows it, so this appears once
 * JavaScript runs; without it the UTC time beside it says everything.
 */
export function LocalTime({ iso, locale, template }: { iso: string; locale: string; template: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <span className="block" data-testid="as-of-local">
      {template.replace("{time}", formatLocal(new Date(iso), locale))}
    </span>
  );
}
