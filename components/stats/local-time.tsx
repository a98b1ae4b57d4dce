"use client";

import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * The same moment in the reader's own time zone. Only the browser knows it, so this appears once
 * JavaScript runs; without it the UTC time beside it says everything.
 */
export function LocalTime({ iso, locale, template }: { iso: string; locale: string; template: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  // (dateStyle/timeStyle cannot be combined with timeZoneName: the parts are spelled out.)
  const time = new Intl.DateTimeFormat(locale, { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", second: "2-digit", timeZoneName: "short" }).format(new Date(iso));
  return (
    <span className="block" data-testid="as-of-local">
      {template.replace("{time}", time)}
    </span>
  );
}
