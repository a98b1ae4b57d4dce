"use client";

import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * The same moment in the reader's own time zone. Only the browser knows it, so this appears once
 * JavaScript runs; without it the UTC time beside it says everything.
 */
export function LocalTime({ iso, locale, template }: { iso: string; locale: string; template: string }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  const time = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "medium", timeZoneName: "short" }).format(new Date(iso));
  return (
    <span className="block" data-testid="as-of-local">
      {template.replace("{time}", time)}
    </span>
  );
}
