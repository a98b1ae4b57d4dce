"use client";

import { useEffect, useState } from "react";
import { openLiveFeed } from "@/components/live/live-feed";

/**
 * The public total, kept current through the server-sent event stream (/api/live). Starts from the
 * server-rendered number, so without JavaScript (or before the stream connects) the page shows
 * the count as of page load. EventSource reconnects by itself and resumes with Last-Event-ID; a
 * refused stream falls back to polling (components/live/live-feed.ts). `campaignSlug`: another
 * campaign than the default one (ADR 0054).
 */
export function useLiveTotal(initial: number, campaignSlug?: string): number {
  const [total, setTotal] = useState(initial);
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    return openLiveFeed((raw) => {
      const data = parseTally(raw);
      if (data) setTotal(data.total);
    }, campaignSlug);
  }, [campaignSlug]);
  return total;
}

function parseTally(raw: string): { total: number } | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === "object" && value !== null && "total" in value && typeof value.total === "number") return { total: value.total };
  } catch {
    // A malformed frame is ignored; the next one carries the full state again.
  }
  return null;
}
