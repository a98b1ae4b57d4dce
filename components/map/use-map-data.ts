"use client";

import { useEffect, useState } from "react";
import { openLiveFeed } from "@/components/live/live-feed";
import type { MapView } from "./map-view";

/** How long to wait before asking again when the server's map is older than the stream's news. */
const BEHIND_RETRY_MS = 2_000;
/** The server's cache is 5 s; if it is still behind after this many tries, the next event tries again. */
const BEHIND_MAX_TRIES = 10;

/**
 * The public map, kept current. Starts from the server-rendered data (so the page works without
 * JavaScript), listens to /api/live and, when the tallies' version moves past ours, refetches
 * /api/map?v=<version> — the one place the privacy rules are applied. One fetch at a time: a
 * version announced during a fetch is fetched once that one ends (a burst of events costs at
 * most two requests). The total is taken from the event at once so the counter never waits.
 * The server keeps its map a few seconds (MAP_FRESH_MS), so a fetch right after a change may get
 * the previous one: it is not shown over newer news, and the map is asked for again shortly —
 * waiting for the next event instead left a quiet campaign's table behind until someone else
 * signed.
 */
export function useMapData(initial: MapView, campaignSlug?: string): MapView {
  const [data, setData] = useState(initial);
  // A server re-render hands over a new object; only a new version is worth a new subscription.
  const initialVersion = initial.version;

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let current = initialVersion;
    let announced = { version: initialVersion, total: initial.total };
    let fetching = false;
    let closed = false;

    async function fetchAnnounced() {
      if (fetching || closed) return;
      fetching = true;
      try {
        for (let tries = 0; !closed && announced.version > current && tries < BEHIND_MAX_TRIES; tries++) {
          const target = announced.version;
          const query = new URLSearchParams({ v: String(target), ...(campaignSlug ? { campaign: campaignSlug } : {}) });
          const response = await fetch(`/api/map?${query}`);
          if (!response.ok) break; // the next event tries again
          const next = (await response.json()) as MapView;
          if (closed) break;
          if (next.version > current) {
            current = next.version;
            // Rows from this map; the total stays the newest the stream announced.
            const total = announced.version > next.version ? announced.total : next.total;
            setData({ ...next, total });
          }
          if (current < target) await new Promise((resolve) => setTimeout(resolve, BEHIND_RETRY_MS));
        }
      } catch {
        // Offline or the server restarting: the next event triggers another attempt.
      } finally {
        fetching = false;
      }
    }

    const stopFeed = openLiveFeed((raw) => {
      const tally = parseTally(raw);
      if (!tally || tally.version <= announced.version) return;
      announced = tally;
      setData((previous) => (previous.version < tally.version ? { ...previous, total: tally.total } : previous));
      void fetchAnnounced();
    }, campaignSlug);
    return () => {
      closed = true;
      stopFeed();
    };
    // initial.total belongs to initialVersion: a new version brings both.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialVersion, campaignSlug]);

  return data;
}

function parseTally(raw: string): { version: number; total: number } | null {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    if (!("version" in value) || typeof value.version !== "number") return null;
    if (!("total" in value) || typeof value.total !== "number") return null;
    return { version: value.version, total: value.total };
  } catch {
    // A malformed frame is ignored; the next one carries the full state again.
    return null;
  }
}
