"use client";

import { createContext, use, type ReactNode } from "react";
import type { CountryNames, MapView } from "./map-view";
import { useMapData } from "./use-map-data";

interface LiveMap {
  data: MapView;
  names: CountryNames;
}

const LiveMapContext = createContext<LiveMap | null>(null);

/**
 * One live subscription per page, shared by the map, the table and the counter beside them
 * (each opening its own /api/live stream would multiply the server's connections).
 */
export function LiveMapProvider({ initial, names, children, campaignSlug }: { initial: MapView; names: CountryNames; children: ReactNode; /** Another campaign than the default (ADR 0054). */ campaignSlug?: string }) {
  const data = useMapData(initial, campaignSlug);
  return <LiveMapContext value={{ data, names }}>{children}</LiveMapContext>;
}

export function useLiveMap(): LiveMap {
  const value = use(LiveMapContext);
  if (!value) throw new Error("useLiveMap outside LiveMapProvider");
  return value;
}
