"use client";

import { useEffect, useState } from "react";
import type { MapView } from "./map-view";

/**
 * The public map, kept current. Starts from the server-rendered data (so the page works without
 * JavaScript), listens to /api/live and, when the tallies' version moves past ours, refetches
 * /api/map?v=<version> — the one place the privacy rules are applied. One fetch at a time: a
 * version announced during a fetch is fetched once that one ends (a burst of events costs at
 * most two requests). The total is taken from the event at once so the counter never waits.
 */
export function useMapData(initial: MapView): MapView {
  const [data, setData] = useState(initial);
  // A server re-render hands over a new object; only a new version is worth a new subscription.
  const initialVersion = initial.version;

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    let current = initialVersion;
    let wanted = current;
    let fetching = false;
    let closed = false;

    async function fetchWanted() {
      if (fetching || closed) return;
      fetching = true;
      try {
        while (!closed && wanted > current) {
          const target = wanted;
          const response = await fetch(`/api/map?v=${target}`);
          if (!response.ok) break; // the next event tries again
          const next = (await response.json()) as MapView;
          if (closed) break;
          // The map may be built from an even newer version than asked for; never go backwards.
          if (next.version >= current) {
            current = next.version;
            setData(next);
          }
          if (current < target) break; // a cached older map: wait for the next event
        }
      } catch {
        // Offline or the server restarting: the next event triggers another attempt.
      } finally {
        fetching = false;
      }
    }

    const source = new EventSource("/api/live");
    source.addEventListener("tally", (event) => {
      const tally = parseTally((event as MessageEvent<string>).data);
      if (!tally || tally.version <= current) return;
      setData((previous) => (previous.version < tally.version ? { ...previous, total: tally.total } : previous));
      wanted = Math.max(wanted, tally.version);
      void fetchWanted();
    });
    return () => {
      closed = true;
      source.close();
    };
  }, [initialVersion]);

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
